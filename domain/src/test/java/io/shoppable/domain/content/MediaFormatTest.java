package io.shoppable.domain.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MediaFormatTest {

    @Test
    void recognises_each_accepted_format_by_its_leading_bytes() {
        assertThat(MediaFormat.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0))).contains(MediaFormat.PNG);
        assertThat(MediaFormat.detect(ascii("GIF89a\u0001\u0000"))).contains(MediaFormat.GIF);
        assertThat(MediaFormat.detect(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).contains(MediaFormat.WEBP);
        assertThat(MediaFormat.detect(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F))).contains(MediaFormat.WEBM);
        assertThat(MediaFormat.detect(ascii("\u0000\u0000\u0000\u0018ftypisom\u0000\u0000"))).contains(MediaFormat.MP4);
        assertThat(MediaFormat.detect(ascii("\u0000\u0000\u0000\u0014ftypqt  \u0000\u0000"))).contains(MediaFormat.QUICKTIME);
    }

    @Test
    void html_scripts_executables_and_short_files_are_not_media() {
        assertThat(MediaFormat.detect(ascii("<!DOCTYPE html><html>"))).isEmpty();
        assertThat(MediaFormat.detect(ascii("#!/bin/sh\nrm -rf /"))).isEmpty();
        assertThat(MediaFormat.detect(bytes('M', 'Z', 0x90, 0, 3, 0))).isEmpty();
        assertThat(MediaFormat.detect(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEmpty();
        assertThat(MediaFormat.detect(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(MediaFormat.detect(new byte[0])).isEmpty();
    }

    @Test
    void videos_and_images_are_told_apart_and_carry_their_served_type() {
        assertThat(MediaFormat.MP4.isVideo()).isTrue();
        assertThat(MediaFormat.PNG.isImage()).isTrue();
        assertThat(MediaFormat.WEBM.contentType()).isEqualTo("video/webm");
        assertThat(MediaFormat.JPEG.extension()).isEqualTo("jpg");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        var result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
