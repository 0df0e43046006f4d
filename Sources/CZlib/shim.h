// zlib from the system (Debian's zlib1g-dev), for inflating zip entries.
#include <zlib.h>
