package vn.ptdv;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PtdvApplication {
    public static void main(String[] args) {
        SpringApplication.run(PtdvApplication.class, args);
    }
}
