package vn.ptdv.organization.internal;

/** Form-backing beans of the organization pages; every field is text as typed. */
final class OrganizationForms {
    private OrganizationForms() {
    }

    public static class CreateForm {
        private String code;
        private String name;
        private String type;
        private String cellKind;
        private String parentCode;
        private String establishedOn;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getCellKind() {
            return cellKind;
        }

        public void setCellKind(String cellKind) {
            this.cellKind = cellKind;
        }

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }

        public String getEstablishedOn() {
            return establishedOn;
        }

        public void setEstablishedOn(String establishedOn) {
            this.establishedOn = establishedOn;
        }
    }

    public static class EditForm {
        private String name;
        private String type;
        private String cellKind;
        private boolean delegatedAdmission;
        private Integer version;

        public boolean isDelegatedAdmission() {
            return delegatedAdmission;
        }

        public void setDelegatedAdmission(boolean delegatedAdmission) {
            this.delegatedAdmission = delegatedAdmission;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getCellKind() {
            return cellKind;
        }

        public void setCellKind(String cellKind) {
            this.cellKind = cellKind;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }
}
