package vn.ptdv.documents.internal;

/** A produced file: its bytes, its name for the download and its media type. */
record Rendered(byte[] content, String fileName, String contentType) {
}
