package io.shoppable.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A fresh service over an emptied database for each test, with its own media directory. */
abstract class ApiTestCase {

    @TempDir
    Path media;

    ApiTestServer api;

    @BeforeEach
    void startServer() {
        api = new ApiTestServer(media);
    }

    @AfterEach
    void stopServer() {
        api.close();
    }
}
