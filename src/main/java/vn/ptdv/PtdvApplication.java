package vn.ptdv;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application; scheduled jobs (e.g. the daily anonymization) make sure themselves that one instance of several works. */
@SpringBootApplication
@EnableScheduling
public class PtdvApplication {
    public static void main(String[] args) {
        SpringApplication.run(PtdvApplication.class, args);
    }
}
