package fr.assistantmedical.batch;

/** The two formats of a batch, each way. */
public enum BatchFormat {
    NDJSON("application/x-ndjson"),
    CSV("text/csv");

    private final String mediaType;

    BatchFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type, or null when it is neither. */
    public static BatchFormat of(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.toLowerCase();
        for (BatchFormat format : values()) {
            if (type.startsWith(format.mediaType)) {
                return format;
            }
        }
        return null;
    }
}
