// SHA-256 block compression (FIPS 180-4): the portable form and, on x86-64 CPUs with the SHA
// extensions, the form on SHA256RNDS2/MSG1/MSG2 (about 7x faster). Padding and buffering stay
// in Swift (PortableSHA256); this file only turns blocks into state.
#include "SHAKernels.h"

static const uint32_t round_constants[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t rotate_right(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void awish_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks) {
  for (size_t block = 0; block < blocks; block++, data += 64) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
      w[i] = (uint32_t)data[4 * i] << 24 | (uint32_t)data[4 * i + 1] << 16
        | (uint32_t)data[4 * i + 2] << 8 | (uint32_t)data[4 * i + 3];
    }
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = rotate_right(w[i - 15], 7) ^ rotate_right(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotate_right(w[i - 2], 17) ^ rotate_right(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; i++) {
      uint32_t s1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
      uint32_t choice = (e & f) ^ (~e & g);
      uint32_t t1 = h + s1 + choice + round_constants[i] + w[i];
      uint32_t s0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
      uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
      h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + s0 + majority;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
  }
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int awish_sha256_has_extensions(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  int sha = (ebx >> 29) & 1;
  return ssse3 && sse41 && sha;
}

#define SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// The state lives in two registers, ABEF and CDGH, as SHA256RNDS2 wants it. One step does four
// rounds with the message words of quad `j` (held in `now`), completes the message schedule of
// quad j + 1 (`next`, MSG2) and starts that of quad j + 3 (`previous`, MSG1); the first and last
// quads skip the schedule work that does not exist for them.
#define ROUNDS(now, k) \
  message = _mm_add_epi32(now, _mm_loadu_si128((const __m128i *)(round_constants + 4 * (k)))); \
  cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message); \
  message = _mm_shuffle_epi32(message, 0x0E);
#define FINISH() abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
#define SCHEDULE2(now, before, next) \
  next = _mm_sha256msg2_epu32(_mm_add_epi32(next, _mm_alignr_epi8(now, before, 4)), now);
#define SCHEDULE1(previous, now) previous = _mm_sha256msg1_epu32(previous, now);

SHA_TARGET void awish_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data,
                                               size_t blocks) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i dcba = _mm_loadu_si128((const __m128i *)state);
  __m128i hgfe = _mm_loadu_si128((const __m128i *)(state + 4));
  __m128i badc = _mm_shuffle_epi32(dcba, 0xB1);
  __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8(badc, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, badc, 0xF0);
  for (size_t block = 0; block < blocks; block++, data += 64) {
    __m128i abef_before = abef, cdgh_before = cdgh, message;
    __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)data), byte_swap);
    __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), byte_swap);
    __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), byte_swap);
    __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), byte_swap);
    ROUNDS(m0, 0) FINISH()
    ROUNDS(m1, 1) FINISH() SCHEDULE1(m0, m1)
    ROUNDS(m2, 2) FINISH() SCHEDULE1(m1, m2)
    ROUNDS(m3, 3) SCHEDULE2(m3, m2, m0) FINISH() SCHEDULE1(m2, m3)
    ROUNDS(m0, 4) SCHEDULE2(m0, m3, m1) FINISH() SCHEDULE1(m3, m0)
    ROUNDS(m1, 5) SCHEDULE2(m1, m0, m2) FINISH() SCHEDULE1(m0, m1)
    ROUNDS(m2, 6) SCHEDULE2(m2, m1, m3) FINISH() SCHEDULE1(m1, m2)
    ROUNDS(m3, 7) SCHEDULE2(m3, m2, m0) FINISH() SCHEDULE1(m2, m3)
    ROUNDS(m0, 8) SCHEDULE2(m0, m3, m1) FINISH() SCHEDULE1(m3, m0)
    ROUNDS(m1, 9) SCHEDULE2(m1, m0, m2) FINISH() SCHEDULE1(m0, m1)
    ROUNDS(m2, 10) SCHEDULE2(m2, m1, m3) FINISH() SCHEDULE1(m1, m2)
    ROUNDS(m3, 11) SCHEDULE2(m3, m2, m0) FINISH() SCHEDULE1(m2, m3)
    ROUNDS(m0, 12) SCHEDULE2(m0, m3, m1) FINISH() SCHEDULE1(m3, m0)
    ROUNDS(m1, 13) SCHEDULE2(m1, m0, m2) FINISH()
    ROUNDS(m2, 14) SCHEDULE2(m2, m1, m3) FINISH()
    ROUNDS(m3, 15) FINISH()
    abef = _mm_add_epi32(abef, abef_before);
    cdgh = _mm_add_epi32(cdgh, cdgh_before);
  }
  __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  _mm_storeu_si128((__m128i *)state, _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

#else
int awish_sha256_has_extensions(void) { return 0; }

void awish_sha256_blocks_extensions(uint32_t state[8], const uint8_t *data, size_t blocks) {
  awish_sha256_blocks_portable(state, data, blocks);
}
#endif
