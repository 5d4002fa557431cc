package vn.ptdv.documents.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.ptdv.exchange.TableFormat;
import vn.ptdv.shared.table.Table;

/** Every page's and API's table as a Party document: the PDF to sign and send up, and the editable Word file. */
@Configuration(proxyBeanMethods = false)
class TableDocumentFormats {

    @Bean
    @Order(1)
    TableFormat pdfTable(TableDocumentService documents) {
        return new Format(DocumentFormat.PDF, "export.pdf", documents);
    }

    @Bean
    @Order(2)
    TableFormat docxTable(TableDocumentService documents) {
        return new Format(DocumentFormat.DOCX, "export.docx", documents);
    }

    private record Format(DocumentFormat format, String labelKey, TableDocumentService documents)
            implements TableFormat {
        @Override
        public String code() {
            return format.extension();
        }

        @Override
        public String mediaType() {
            return format.contentType();
        }

        @Override
        public byte[] write(Table table, long organizationId) {
            return format == DocumentFormat.PDF ? documents.pdf(table, organizationId)
                    : documents.docx(table, organizationId);
        }
    }
}
