#ifndef AWISH_SHA_KERNELS_H
#define AWISH_SHA_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (and the SSSE3/SSE4.1 the kernel also uses).
int awish_sha256_has_extensions(void);

/// Compresses `blocks` 64-byte blocks of `data` into the eight-word SHA-256 `state` with the
/// CPU's SHA instructions; only to be called where awish_sha256_has_extensions() is 1 (on
/// other architectures it is the portable form).
void awish_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same compression in portable C.
void awish_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
