package io.shoppable.domain.content;

import io.shoppable.domain.shared.MediaRef;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Where uploaded media files live. The storage chooses every file's name; callers never pass one in.
 * Implementations write a file completely or not at all.
 */
public interface MediaStorage {

    /**
     * Stores the bytes of {@code content} under a new, server-generated key in {@code folder} with the
     * given extension, and returns that key. Nothing is left behind when it fails.
     *
     * @param folder    a short lowercase word grouping files ("videos", "images")
     * @param extension the file extension without a dot ("mp4"), chosen from the detected format
     */
    MediaRef store(String folder, String extension, InputStream content) throws IOException;

    /** The stored file's size in bytes, or empty when there is no file with that key. */
    OptionalLong size(MediaRef ref) throws IOException;

    /**
     * Reads {@code length} bytes of the stored file from {@code offset}, for streaming with HTTP range
     * support. The caller closes the stream.
     */
    InputStream read(MediaRef ref, long offset, long length) throws IOException;

    /** Removes the file; a missing file is not an error. */
    void delete(MediaRef ref) throws IOException;
}
