/* Stand-in for the x265 HEVC encoder the pillow-heif wheel's libheif links (see
 * README.md): libheif asks it for its API and, told there is none, reports that it
 * cannot encode HEVC. The app only reads HEIC photos; libde265 decodes them. */
#include <stddef.h>

const void *x265_api_get_217(int bit_depth) { (void)bit_depth; return NULL; }
void x265_cleanup(void) {}
