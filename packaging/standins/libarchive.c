/* Stand-in for libarchive.so.13 in the app bundle (see README.md): no archive opens, so
 * Tesseract reads its plain .traineddata files. Same names as libarchive's; the types
 * are reduced to what the calling convention needs. */
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define ARCHIVE_EOF 1
#define ARCHIVE_OK 0
#define ARCHIVE_FATAL (-30)

static int handle;  /* a non-NULL handle: callers that do not check for NULL stay safe */

void *archive_read_new(void) { return &handle; }
int archive_read_support_filter_all(void *a) { (void)a; return ARCHIVE_OK; }
int archive_read_support_format_all(void *a) { (void)a; return ARCHIVE_OK; }
int archive_read_open_filename(void *a, const char *name, size_t block) {
    (void)a; (void)name; (void)block;
    return ARCHIVE_FATAL;
}
int archive_read_next_header(void *a, void **entry) {
    (void)a;
    if (entry) *entry = NULL;
    return ARCHIVE_EOF;
}
ssize_t archive_read_data(void *a, void *buf, size_t size) {
    (void)a; (void)buf; (void)size;
    return ARCHIVE_FATAL;
}
int archive_read_free(void *a) { (void)a; return ARCHIVE_OK; }
const char *archive_entry_pathname(void *e) { (void)e; return NULL; }
int64_t archive_entry_size(void *e) { (void)e; return 0; }
const char *archive_version_details(void) { return "libarchive (left out of this bundle)"; }
const char *archive_error_string(void *a) { (void)a; return "archives are not read in this bundle"; }
