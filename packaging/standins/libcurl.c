/* Stand-in for libcurl.so.4 in the app bundle (see README.md): no URL is fetched (the
 * app never opens a connection), so Tesseract's "read an image from a URL" fails with
 * "curl_easy_init failed". Same names and symbol version (libcurl.map) as Debian's. */
#include <stddef.h>

#define CURLE_UNSUPPORTED_PROTOCOL 1

void *curl_easy_init(void) { return NULL; }
int curl_easy_setopt(void *curl, int option, ...) {
    (void)curl; (void)option;
    return CURLE_UNSUPPORTED_PROTOCOL;
}
int curl_easy_perform(void *curl) { (void)curl; return CURLE_UNSUPPORTED_PROTOCOL; }
void curl_easy_cleanup(void *curl) { (void)curl; }
const char *curl_easy_strerror(int code) {
    (void)code;
    return "URLs are not read in this bundle";
}
char *curl_version(void) { return (char *)"libcurl (left out of this bundle)"; }
