package org.incasso.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file accepted; the servlet container's multipart limit for a file
 *     follows it (see {@code application.yaml}), so an oversized upload is cut off while it streams
 */
@ConfigurationProperties("incasso.documents")
public record DocumentsProperties(@DefaultValue("20MB") DataSize maxSize) {
}
