// Host tests of libpatchwork's .grf and .fbmp decoders (built with ASan
// and UBSan by tests/host/formats/run.sh): real files made by the build's
// converters, and hand-made files, valid and corrupt. Every buffer a
// decoder sees is a heap block of exactly the file's size, so a read past
// its end is an ASan error, not a silent pass.
//
// usage: formats_test SANS.grf MONO.grf CONSOLE_V1.grf WALLPAPER.fbmp DISC.fbmp
// Output: TAP, "ok N - name" / "not ok N - name", then "1..N".
#include <patchwork/fbmp.h>
#include <patchwork/grf.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../host_check.h"

typedef struct
{
    uint8_t* data;
    size_t size;
} blob_t;

static blob_t read_file(const char* path)
{
    blob_t blob = {NULL, 0};
    FILE* f = fopen(path, "rb");
    if (f == NULL)
    {
        fprintf(stderr, "formats_test: cannot open %s\n", path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    blob.size = (size_t)size;
    blob.data = malloc(blob.size != 0 ? blob.size : 1);
    if (blob.data == NULL || fread(blob.data, 1, blob.size, f) != blob.size)
    {
        fprintf(stderr, "formats_test: cannot read %s\n", path);
        exit(1);
    }
    fclose(f);
    return blob;
}

// A heap copy of the first SIZE bytes of DATA, exactly SIZE long.
static uint8_t* exact_copy(const uint8_t* data, size_t size)
{
    uint8_t* copy = malloc(size != 0 ? size : 1);
    if (copy == NULL)
    {
        abort();
    }
    if (size != 0)
    {
        memcpy(copy, data, size);
    }
    return copy;
}

static void put16(uint8_t* p, uint32_t value)
{
    p[0] = (uint8_t)value;
    p[1] = (uint8_t)(value >> 8);
}

static void put32(uint8_t* p, uint32_t value)
{
    for (int i = 0; i < 4; i++)
    {
        p[i] = (uint8_t)(value >> (8 * i));
    }
}

// ---------------------------------------------------------------------
// A hand-made font, laid out as docs/formats/grf.md says:
//   ranges  U+0041-0043 -> glyphs 0-2, U+0056 -> 3, U+20AC -> 4
//   glyphs  5 of 2x3 pixels, glyph i's bitmap at offset 6 * i
//   kerning (A,B) +1, (A,V) -2, (V,A) -1
//   replacement glyph 2
// ---------------------------------------------------------------------
enum
{
    TINY_RANGES = 3,
    TINY_GLYPHS = 5,
    TINY_KERNS = 3,
    TINY_BITMAP = TINY_GLYPHS * 6,
    TINY_RANGE_AT = GRF_HEADER_SIZE,
    TINY_GLYPH_AT = TINY_RANGE_AT + TINY_RANGES * GRF_RANGE_SIZE,
    TINY_KERN_AT = TINY_GLYPH_AT + TINY_GLYPHS * GRF_GLYPH_SIZE,
    TINY_BITMAP_AT = TINY_KERN_AT + TINY_KERNS * GRF_KERN_SIZE,
    TINY_SIZE = TINY_BITMAP_AT + TINY_BITMAP,
};

static void make_tiny(uint8_t* p)
{
    memset(p, 0, TINY_SIZE);
    memcpy(p, "GRF2", 4);
    put16(p + 4, 8);  // pixel size
    put16(p + 6, 10); // line height
    put16(p + 8, 7);  // ascent
    put16(p + 10, 2); // descent
    put32(p + 16, TINY_RANGES);
    put32(p + 20, TINY_GLYPHS);
    put32(p + 24, TINY_KERNS);
    put32(p + 28, TINY_BITMAP);
    put32(p + 32, 2); // replacement
    static const uint32_t ranges[TINY_RANGES][3] = {{0x41, 3, 0}, {0x56, 1, 3}, {0x20AC, 1, 4}};
    for (int i = 0; i < TINY_RANGES; i++)
    {
        for (int f = 0; f < 3; f++)
        {
            put32(p + TINY_RANGE_AT + i * GRF_RANGE_SIZE + f * 4, ranges[i][f]);
        }
    }
    for (int i = 0; i < TINY_GLYPHS; i++)
    {
        uint8_t* g = p + TINY_GLYPH_AT + i * GRF_GLYPH_SIZE;
        put32(g, (uint32_t)(6 * i));
        put16(g + 4, 2);
        put16(g + 6, 3);
        put16(g + 8, (uint16_t)-1);    // bearing x -1
        put16(g + 10, 7);              // bearing y
        put16(g + 12, (uint32_t)(5 + i)); // advance
    }
    static const int32_t kerns[TINY_KERNS][3] = {{0x41, 0x42, 1}, {0x41, 0x56, -2}, {0x56, 0x41, -1}};
    for (int i = 0; i < TINY_KERNS; i++)
    {
        uint8_t* k = p + TINY_KERN_AT + i * GRF_KERN_SIZE;
        put32(k, (uint32_t)kerns[i][0]);
        put32(k + 4, (uint32_t)kerns[i][1]);
        put16(k + 8, (uint16_t)(int16_t)kerns[i][2]);
    }
    for (int i = 0; i < TINY_BITMAP; i++)
    {
        p[TINY_BITMAP_AT + i] = (uint8_t)(i * 8 + 1);
    }
}

static grf_error_t parse_copy(const uint8_t* data, size_t size, grf_font_t* font)
{
    uint8_t* copy = exact_copy(data, size);
    grf_font_t local;
    grf_error_t error = grf_parse(font != NULL ? font : &local, copy, size);
    free(copy);
    return error;
}

// Every lookup on a font that parsed: the results stay inside the buffer.
static void exercise_font(const grf_font_t* font, const uint8_t* data, size_t size)
{
    for (uint32_t i = 0; i < font->glyph_count; i++)
    {
        grf_glyph_t glyph;
        expect(grf_glyph_at(font, i, &glyph), "glyph %u of %u not found", i, font->glyph_count);
        if (glyph.coverage != NULL)
        {
            size_t bytes = (size_t)glyph.width * glyph.height;
            expect(glyph.coverage >= data && glyph.coverage + bytes <= data + size,
                   "glyph %u's coverage is outside the file", i);
            unsigned sum = 0;
            for (size_t b = 0; b < bytes; b++)
            {
                sum += glyph.coverage[b];
            }
            (void)sum;
        }
    }
    grf_glyph_t glyph;
    expect(!grf_glyph_at(font, font->glyph_count, &glyph), "glyph index past the count found");
    uint32_t probes[] = {0, 0x20, 0x41, 0x56, 0x7F, 0xFF, 0x20AC, 0xFFFD, 0x10FFFF, 0x110000, 0xFFFFFFFF};
    for (size_t a = 0; a < sizeof(probes) / sizeof(probes[0]); a++)
    {
        grf_glyph(font, probes[a], &glyph);
        for (size_t b = 0; b < sizeof(probes) / sizeof(probes[0]); b++)
        {
            (void)grf_kerning(font, probes[a], probes[b]);
        }
    }
    (void)grf_text_width(font, probes, sizeof(probes) / sizeof(probes[0]));
}

static void test_tiny_valid(void)
{
    uint8_t tiny[TINY_SIZE];
    make_tiny(tiny);
    uint8_t* copy = exact_copy(tiny, TINY_SIZE);
    grf_font_t font;
    grf_error_t error = grf_parse(&font, copy, TINY_SIZE);
    expect(error == GRF_OK, "hand-made font rejected: %s", grf_error_string(error));
    if (error == GRF_OK)
    {
        expect(font.ascent == 7 && font.descent == 2 && font.line_height == 10 && font.pixel_size == 8,
               "line metrics %d %d %d %d", font.ascent, font.descent, font.line_height, font.pixel_size);
        uint32_t index = 99;
        expect(grf_glyph_index(&font, 0x43, &index) && index == 2, "U+0043 is not glyph 2 (%u)", index);
        expect(grf_glyph_index(&font, 0x56, &index) && index == 3, "U+0056 is not glyph 3 (%u)", index);
        expect(grf_glyph_index(&font, 0x20AC, &index) && index == 4, "U+20AC is not glyph 4 (%u)", index);
        expect(!grf_glyph_index(&font, 0x40, &index), "U+0040 found");
        expect(!grf_glyph_index(&font, 0x44, &index), "U+0044 found (after the first range)");
        expect(!grf_glyph_index(&font, 0x55, &index), "U+0055 found");
        expect(!grf_glyph_index(&font, 0x20AD, &index), "U+20AD found");
        expect(!grf_glyph_index(&font, 0xFFFFFFFF, &index), "U+FFFFFFFF found");
        grf_glyph_t glyph;
        expect(grf_glyph(&font, 0x42, &glyph), "U+0042 not found");
        expect(glyph.width == 2 && glyph.height == 3 && glyph.bearing_x == -1 && glyph.bearing_y == 7 &&
                   glyph.advance == 6 && glyph.coverage == copy + TINY_BITMAP_AT + 6,
               "U+0042's glyph record read wrong");
        expect(!grf_glyph(&font, 0x263A, &glyph) && glyph.advance == 7, "a missing code point did not give glyph 2");
        expect(grf_kerning(&font, 0x41, 0x56) == -2, "kerning A V %d", grf_kerning(&font, 0x41, 0x56));
        expect(grf_kerning(&font, 0x56, 0x41) == -1, "kerning V A");
        expect(grf_kerning(&font, 0x41, 0x42) == 1, "kerning A B");
        expect(grf_kerning(&font, 0x42, 0x41) == 0, "kerning B A should be 0");
        expect(grf_kerning(&font, 0x41, 0x41) == 0, "kerning A A should be 0");
        uint32_t text[] = {0x41, 0x56, 0x41};
        expect(grf_text_width(&font, text, 3) == 5 - 2 + 8 - 1 + 5, "text width %lld",
               (long long)grf_text_width(&font, text, 3));
        exercise_font(&font, copy, TINY_SIZE);
    }
    free(copy);
    report("grf/hand-made-font-decodes");
}

static void test_tiny_truncated(void)
{
    uint8_t tiny[TINY_SIZE];
    make_tiny(tiny);
    for (size_t length = 0; length < TINY_SIZE; length++)
    {
        grf_font_t font;
        grf_error_t error = parse_copy(tiny, length, &font);
        expect(error == GRF_ERROR_TRUNCATED, "truncated to %zu bytes: %s, not 'truncated'", length,
               grf_error_string(error));
        expect(font.glyphs == NULL && font.glyph_count == 0, "a rejected font was left filled in");
    }
    uint8_t longer[TINY_SIZE + 1];
    memcpy(longer, tiny, TINY_SIZE);
    longer[TINY_SIZE] = 0;
    grf_error_t error = parse_copy(longer, sizeof(longer), NULL);
    expect(error == GRF_ERROR_LENGTH, "one byte too many: %s", grf_error_string(error));
    report("grf/truncated-at-every-length-and-overlong-rejected");
}

typedef struct
{
    const char* what;
    size_t offset;
    int width; // 2 or 4 bytes
    uint32_t value;
    grf_error_t expected;
} patch_t;

static void test_tiny_lies(void)
{
    const size_t g1 = TINY_GLYPH_AT + GRF_GLYPH_SIZE; // glyph 1's record
    const size_t k1 = TINY_KERN_AT + GRF_KERN_SIZE;   // kerning pair 1
    const patch_t patches[] = {
        {"magic", 0, 4, 0x21465247 /* "GRF!" */, GRF_ERROR_MAGIC},
        {"other magic", 0, 4, 0x504D4246 /* "FBMP" */, GRF_ERROR_MAGIC},
        {"version 3", 3, 1, '3', GRF_ERROR_VERSION},
        {"pixel size 0", 4, 2, 0, GRF_ERROR_HEADER},
        {"pixel size too large", 4, 2, GRF_MAX_PIXEL_SIZE + 1, GRF_ERROR_HEADER},
        {"line height 0", 6, 2, 0, GRF_ERROR_HEADER},
        {"ascent too large", 8, 2, 0xFFFF, GRF_ERROR_HEADER},
        {"descent too large", 10, 2, 0x8000, GRF_ERROR_HEADER},
        {"flags", 12, 4, 1, GRF_ERROR_HEADER},
        {"range count +1", 16, 4, TINY_RANGES + 1, GRF_ERROR_TRUNCATED},
        {"range count huge", 16, 4, 0xFFFFFFFF, GRF_ERROR_TRUNCATED},
        {"range count -1", 16, 4, TINY_RANGES - 1, GRF_ERROR_LENGTH},
        {"glyph count 0", 20, 4, 0, GRF_ERROR_HEADER},
        {"glyph count huge", 20, 4, 0xFFFFFFFF, GRF_ERROR_TRUNCATED},
        {"kerning count huge", 24, 4, 0x80000000, GRF_ERROR_TRUNCATED},
        {"kerning count -1", 24, 4, TINY_KERNS - 1, GRF_ERROR_LENGTH},
        {"bitmap size +1", 28, 4, TINY_BITMAP + 1, GRF_ERROR_TRUNCATED},
        {"bitmap size huge", 28, 4, 0xFFFFFFFF, GRF_ERROR_TRUNCATED},
        {"replacement out of range", 32, 4, TINY_GLYPHS, GRF_ERROR_HEADER},
        {"reserved header word", 36, 4, 1, GRF_ERROR_HEADER},
        {"empty range", TINY_RANGE_AT + 4, 4, 0, GRF_ERROR_RANGE},
        {"range naming glyphs past the count", TINY_RANGE_AT + 4, 4, 6, GRF_ERROR_RANGE},
        {"range's first glyph past the count", TINY_RANGE_AT + 12 + 8, 4, TINY_GLYPHS, GRF_ERROR_RANGE},
        {"range's glyphs overflowing 32 bits", TINY_RANGE_AT + 12 + 8, 4, 0xFFFFFFFF, GRF_ERROR_RANGE},
        {"ranges unsorted", TINY_RANGE_AT + 12, 4, 0x30, GRF_ERROR_RANGE},
        {"ranges overlapping", TINY_RANGE_AT + 12, 4, 0x43, GRF_ERROR_RANGE},
        {"range past U+10FFFF", TINY_RANGE_AT + 24, 4, 0x10FFFF + 1, GRF_ERROR_RANGE},
        {"range count past U+10FFFF", TINY_RANGE_AT + 24 + 4, 4, 0xFFFFFFFF, GRF_ERROR_RANGE},
        {"glyph bitmap offset past the data", g1, 4, TINY_BITMAP, GRF_ERROR_GLYPH},
        {"glyph bitmap ending past the data", g1, 4, TINY_BITMAP - 5, GRF_ERROR_GLYPH},
        {"glyph bitmap offset huge", g1, 4, 0xFFFFFFFF, GRF_ERROR_GLYPH},
        {"glyph too wide for the data", g1 + 4, 2, 40, GRF_ERROR_GLYPH},
        {"glyph width over the limit", g1 + 4, 2, GRF_MAX_GLYPH_SIDE + 1, GRF_ERROR_GLYPH},
        {"glyph height over the limit", g1 + 6, 2, 0xFFFF, GRF_ERROR_GLYPH},
        {"glyph bearing over the limit", g1 + 8, 2, 0x8000, GRF_ERROR_GLYPH},
        {"glyph negative advance", g1 + 12, 2, 0xFFFF, GRF_ERROR_GLYPH},
        {"glyph reserved field", g1 + 14, 2, 1, GRF_ERROR_GLYPH},
        {"kerning unsorted", k1, 4, 0x40, GRF_ERROR_KERNING},
        {"kerning duplicate", k1 + 4, 4, 0x42, GRF_ERROR_KERNING},
        {"kerning right before left's previous", k1 + 4, 4, 0x41, GRF_ERROR_KERNING},
        {"kerning of a code point not in the font", TINY_KERN_AT + 2 * GRF_KERN_SIZE + 4, 4, 0x44,
         GRF_ERROR_KERNING},
        {"kerning of zero", k1 + 8, 2, 0, GRF_ERROR_KERNING},
        {"kerning over the limit", k1 + 8, 2, 0x7FFF, GRF_ERROR_KERNING},
        {"kerning reserved field", k1 + 10, 2, 1, GRF_ERROR_KERNING},
    };
    for (size_t i = 0; i < sizeof(patches) / sizeof(patches[0]); i++)
    {
        const patch_t* patch = &patches[i];
        uint8_t tiny[TINY_SIZE];
        make_tiny(tiny);
        if (patch->width == 1)
        {
            tiny[patch->offset] = (uint8_t)patch->value;
        }
        else if (patch->width == 2)
        {
            put16(tiny + patch->offset, patch->value);
        }
        else
        {
            put32(tiny + patch->offset, patch->value);
        }
        grf_error_t error = parse_copy(tiny, TINY_SIZE, NULL);
        expect(error == patch->expected, "%s: got '%s', expected '%s'", patch->what, grf_error_string(error),
               grf_error_string(patch->expected));
    }
    // The edges that must still pass: a range ending at U+10FFFF, an empty
    // glyph at the very end of the data.
    uint8_t tiny[TINY_SIZE];
    make_tiny(tiny);
    put32(tiny + TINY_RANGE_AT + 24, 0x10FFFF);
    put32(tiny + g1, TINY_BITMAP);
    put16(tiny + g1 + 4, 0);
    grf_font_t font;
    uint8_t* copy = exact_copy(tiny, TINY_SIZE);
    grf_error_t error = grf_parse(&font, copy, TINY_SIZE);
    expect(error == GRF_OK, "edge cases rejected: %s", grf_error_string(error));
    grf_glyph_t glyph;
    expect(grf_glyph(&font, 0x10FFFF, &glyph), "U+10FFFF not found");
    expect(grf_glyph(&font, 0x42, &glyph) && glyph.width == 0 && glyph.coverage == NULL,
           "an empty glyph has coverage");
    free(copy);
    expect(grf_parse(NULL, tiny, TINY_SIZE) == GRF_ERROR_ARGUMENT, "no font: not an argument error");
    expect(grf_parse(&font, NULL, TINY_SIZE) == GRF_ERROR_ARGUMENT, "no data: not an argument error");
    report("grf/lying-fields-rejected");
}

// A fixed-seed generator, so the mutation test is the same on every run.
static uint64_t random_state = 0x9E3779B97F4A7C15u;

static uint32_t random_next(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return (uint32_t)(random_state >> 16);
}

// Mutate a copy of DATA in a few random ways (bytes changed, a 32-bit
// field set to an edge value, cut short).
static size_t mutate(const uint8_t* data, size_t size, uint8_t* out)
{
    memcpy(out, data, size);
    int changes = 1 + (int)(random_next() % 4);
    for (int c = 0; c < changes; c++)
    {
        size_t at = random_next() % size;
        switch (random_next() % 4)
        {
        case 0:
            out[at] = (uint8_t)random_next();
            break;
        case 1:
            out[at] ^= (uint8_t)(1u << (random_next() % 8));
            break;
        case 2:
        {
            static const uint32_t edges[] = {0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF};
            if (at + 4 <= size)
            {
                put32(out + at, edges[random_next() % (sizeof(edges) / sizeof(edges[0]))]);
            }
            break;
        }
        default:
            // Only the 16 bytes after the header's start, where the counts
            // live, most of the time: that is where lies do harm.
            if (size > 36)
            {
                out[16 + random_next() % 20] = (uint8_t)random_next();
            }
            break;
        }
    }
    if (random_next() % 8 == 0)
    {
        return random_next() % (size + 1);
    }
    return size;
}

static void test_grf_mutations(const blob_t* real)
{
    uint8_t tiny[TINY_SIZE];
    make_tiny(tiny);
    const uint8_t* sources[2] = {tiny, real->data};
    size_t sizes[2] = {TINY_SIZE, real->size};
    uint8_t* scratch = malloc(real->size > TINY_SIZE ? real->size : TINY_SIZE);
    int accepted = 0;
    const int rounds = 20000;
    for (int round = 0; round < rounds && failure[0] == '\0'; round++)
    {
        int which = round % 4 == 3; // one round in four on the real font
        size_t size = mutate(sources[which], sizes[which], scratch);
        uint8_t* copy = exact_copy(scratch, size);
        grf_font_t font;
        if (grf_parse(&font, copy, size) == GRF_OK)
        {
            accepted++;
            exercise_font(&font, copy, size);
        }
        free(copy);
    }
    free(scratch);
    printf("# grf: %d of %d mutated fonts still valid\n", accepted, rounds);
    report("grf/random-mutations-never-read-outside");
}

// ---------------------------------------------------------------------
// The real fonts, made by tools/ttf2grf from DejaVu.
// ---------------------------------------------------------------------
static void test_sans(const blob_t* sans)
{
    grf_font_t font;
    grf_error_t error = grf_parse(&font, sans->data, sans->size);
    expect(error == GRF_OK, "sans-14 rejected: %s", grf_error_string(error));
    report("grf/dejavu-sans-parses");
    if (error != GRF_OK)
    {
        return;
    }
    expect(font.pixel_size == 14, "pixel size %u", font.pixel_size);
    expect(font.ascent >= 10 && font.ascent <= 15 && font.descent >= 2 && font.descent <= 6 &&
               font.line_height >= font.ascent + font.descent && font.line_height <= 20,
           "implausible line metrics: ascent %d descent %d line %u", font.ascent, font.descent, font.line_height);
    grf_glyph_t a;
    expect(grf_glyph(&font, 'A', &a), "no glyph for 'A'");
    // DejaVu Sans's A is 0.684 em wide, its cap height 0.729 em.
    expect(a.width >= 7 && a.width <= 12 && a.height >= 9 && a.height <= 12, "'A' is %ux%u", a.width, a.height);
    expect(a.advance >= 8 && a.advance <= 11, "'A' advances %d", a.advance);
    expect(a.bearing_y == a.height || a.bearing_y == a.height + 1, "'A' does not sit on the baseline: top %d, %u rows",
           a.bearing_y, a.height);
    expect(a.bearing_x >= -1 && a.bearing_x <= 1, "'A' bearing x %d", a.bearing_x);
    // Its strokes are dark; the diagonals' edges are grey.
    unsigned strong = 0, partial = 0;
    for (size_t i = 0; a.coverage != NULL && i < (size_t)a.width * a.height; i++)
    {
        strong += a.coverage[i] >= 170;
        partial += a.coverage[i] > 0 && a.coverage[i] < 170;
    }
    expect(strong >= 15 && partial >= 10, "'A' is not an antialiased A: %u strong and %u grey pixels", strong,
           partial);
    grf_glyph_t space;
    expect(grf_glyph(&font, ' ', &space) && space.advance >= 3 && space.advance <= 6, "space advance %d",
           space.advance);
    grf_glyph_t i_glyph, m_glyph;
    grf_glyph(&font, 'i', &i_glyph);
    grf_glyph(&font, 'm', &m_glyph);
    expect(i_glyph.advance < m_glyph.advance, "not proportional: 'i' %d, 'm' %d", i_glyph.advance, m_glyph.advance);
    report("grf/dejavu-sans-A-plausible");

    int32_t av = grf_kerning(&font, 'A', 'V');
    expect(font.kern_count > 0, "no kerning pairs");
    expect(av < 0, "kerning A V is %d, expected negative", av);
    expect(grf_kerning(&font, 'V', 'A') < 0, "kerning V A is not negative");
    expect(grf_kerning(&font, 'n', 'n') == 0, "kerning n n is %d", grf_kerning(&font, 'n', 'n'));
    uint32_t text[] = {'A', 'V'};
    grf_glyph_t v;
    grf_glyph(&font, 'V', &v);
    expect(grf_text_width(&font, text, 2) == a.advance + v.advance + av, "text width of AV");
    report("grf/dejavu-sans-kerning-AV-negative");

    uint32_t index;
    expect(grf_glyph_index(&font, 0x20AC, &index), "no euro sign");
    expect(grf_glyph_index(&font, 0xE9, &index), "no e acute");
    expect(!grf_glyph_index(&font, 0x7F, &index), "U+007F (not asked for) is there");
    expect(!grf_glyph_index(&font, 0x4E00, &index), "U+4E00 is there");
    grf_glyph_t missing, replacement;
    expect(!grf_glyph(&font, 0x4E00, &missing), "a missing glyph reported found");
    expect(grf_glyph(&font, 0xFFFD, &replacement), "no U+FFFD");
    expect(missing.coverage == replacement.coverage && missing.advance == replacement.advance,
           "the replacement for a missing code point is not U+FFFD");
    expect(font.range_count >= 3, "only %u ranges", font.range_count);
    exercise_font(&font, sans->data, sans->size);
    report("grf/dejavu-sans-sparse-ranges-and-replacement");
}

static void test_mono(const blob_t* mono)
{
    grf_font_t font;
    grf_error_t error = grf_parse(&font, mono->data, mono->size);
    expect(error == GRF_OK, "mono-14 rejected: %s", grf_error_string(error));
    if (error == GRF_OK)
    {
        grf_glyph_t first;
        grf_glyph(&font, ' ', &first);
        expect(first.advance >= 7 && first.advance <= 10, "mono advance %d", first.advance);
        for (uint32_t c = 0x21; c < 0x7F; c++)
        {
            grf_glyph_t glyph;
            expect(grf_glyph(&font, c, &glyph), "U+%04X missing", c);
            expect(glyph.advance == first.advance, "U+%04X advances %d, space %d", c, glyph.advance, first.advance);
        }
        expect(grf_kerning(&font, 'A', 'V') == 0, "a monospace font kerns");
        exercise_font(&font, mono->data, mono->size);
    }
    report("grf/dejavu-mono-fixed-advance");
}

static void test_version_1(const blob_t* console)
{
    grf_font_t font;
    grf_error_t error = parse_copy(console->data, console->size, &font);
    expect(memcmp(console->data, "GRF1", 4) == 0, "the console font is not a GRF1 file");
    expect(error == GRF_ERROR_VERSION, "the console's v1 font: '%s', expected 'another version'",
           grf_error_string(error));
    report("grf/version-1-console-font-rejected-as-version");
}

// ---------------------------------------------------------------------
// .fbmp
// ---------------------------------------------------------------------
static void make_fbmp_header(uint8_t* p, uint32_t flags, uint32_t width, uint32_t height)
{
    memcpy(p, "FBMP", 4);
    put16(p + 4, FBMP_VERSION);
    put16(p + 6, flags);
    put32(p + 8, width);
    put32(p + 12, height);
}

static fbmp_error_t fbmp_parse_copy(const uint8_t* data, size_t size)
{
    uint8_t* copy = exact_copy(data, size);
    fbmp_image_t image;
    fbmp_error_t error = fbmp_parse(&image, copy, size);
    if (error == FBMP_OK)
    {
        for (uint32_t y = 0; y <= image.height; y++)
        {
            (void)fbmp_pixel(&image, 0, y);
            (void)fbmp_pixel(&image, image.width - 1, y);
            (void)fbmp_pixel(&image, image.width, y);
            const uint8_t* row = fbmp_row(&image, y);
            expect(y == image.height ? row == NULL : row >= copy && row + image.width * 4 <= copy + size,
                   "row %u outside the file", y);
        }
    }
    else
    {
        expect(image.pixels == NULL && image.width == 0, "a rejected image was left filled in");
    }
    free(copy);
    return error;
}

static void test_wallpaper(const blob_t* file)
{
    fbmp_image_t image;
    fbmp_error_t error = fbmp_parse(&image, file->data, file->size);
    expect(error == FBMP_OK, "wallpaper rejected: %s", fbmp_error_string(error));
    if (error == FBMP_OK)
    {
        expect(image.width == 640 && image.height == 400, "wallpaper is %ux%u", image.width, image.height);
        expect(image.flags == FBMP_FLAG_OPAQUE, "wallpaper not flagged opaque");
        // mkpng.py's gradient: 0x1d2b53 at the top left, about 0x0f6e78
        // at the bottom right (less a little for the stripes).
        uint32_t top_left = fbmp_pixel(&image, 0, 0);
        uint32_t bottom_right = fbmp_pixel(&image, 639, 399);
        expect((top_left >> 24) == 255 && (top_left & 0xFF) > ((top_left >> 16) & 0xFF),
               "top left pixel %08x is not opaque blue", top_left);
        expect(((bottom_right >> 8) & 0xFF) > ((top_left >> 8) & 0xFF), "no gradient: %08x to %08x", top_left,
               bottom_right);
        expect(fbmp_pixel(&image, 640, 0) == 0 && fbmp_pixel(&image, 0, 400) == 0, "a pixel outside is not 0");
        expect(fbmp_row(&image, 1) == image.pixels + 640 * 4, "rows are not packed");
    }
    report("fbmp/wallpaper-decodes");
}

static void test_disc(const blob_t* file)
{
    fbmp_image_t image;
    fbmp_error_t error = fbmp_parse(&image, file->data, file->size);
    expect(error == FBMP_OK, "disc rejected: %s", fbmp_error_string(error));
    if (error == FBMP_OK)
    {
        expect(image.width == 32 && image.height == 32 && image.flags == 0, "disc %ux%u flags %u", image.width,
               image.height, image.flags);
        expect(fbmp_pixel(&image, 16, 16) == 0xFFFFFFFF, "centre %08x, expected opaque white",
               fbmp_pixel(&image, 16, 16));
        expect(fbmp_pixel(&image, 0, 0) == 0, "corner %08x, expected transparent", fbmp_pixel(&image, 0, 0));
        // The shadow ring: partly transparent black, so premultiplied
        // colour is below alpha.
        unsigned partial = 0;
        for (uint32_t y = 0; y < 32; y++)
        {
            for (uint32_t x = 0; x < 32; x++)
            {
                uint32_t p = fbmp_pixel(&image, x, y);
                uint32_t alpha = p >> 24;
                partial += alpha > 0 && alpha < 255;
                expect(((p >> 16) & 0xFF) <= alpha && ((p >> 8) & 0xFF) <= alpha && (p & 0xFF) <= alpha,
                       "pixel %u,%u %08x not premultiplied", x, y, p);
            }
        }
        expect(partial >= 20, "only %u partly transparent pixels", partial);
    }
    report("fbmp/disc-with-alpha-decodes-premultiplied");

    for (size_t length = 0; length < file->size; length++)
    {
        fbmp_error_t cut = fbmp_parse_copy(file->data, length);
        expect(cut == FBMP_ERROR_TRUNCATED, "truncated to %zu bytes: '%s'", length, fbmp_error_string(cut));
    }
    uint8_t* longer = malloc(file->size + 1);
    memcpy(longer, file->data, file->size);
    longer[file->size] = 0;
    expect(fbmp_parse_copy(longer, file->size + 1) == FBMP_ERROR_LENGTH, "one byte too many accepted");
    free(longer);
    report("fbmp/truncated-at-every-length-and-overlong-rejected");
}

static void test_fbmp_lies(void)
{
    // A 2x2 image: opaque red, half-transparent grey, transparent, white.
    uint8_t good[FBMP_HEADER_SIZE + 16];
    make_fbmp_header(good, 0, 2, 2);
    put32(good + 16, 0xFFFF0000);
    put32(good + 20, 0x80404040);
    put32(good + 24, 0x00000000);
    put32(good + 28, 0xFFFFFFFF);
    expect(fbmp_parse_copy(good, sizeof(good)) == FBMP_OK, "the 2x2 image is rejected");
    fbmp_image_t image;
    fbmp_parse(&image, good, sizeof(good));
    expect(fbmp_pixel(&image, 1, 0) == 0x80404040 && fbmp_pixel(&image, 1, 1) == 0xFFFFFFFF, "pixels read wrong");

    struct
    {
        const char* what;
        size_t offset;
        int width;
        uint32_t value;
        fbmp_error_t expected;
    } patches[] = {
        {"magic", 0, 1, 'X', FBMP_ERROR_MAGIC},
        {"version 0", 4, 2, 0, FBMP_ERROR_VERSION},
        {"version 2", 4, 2, 2, FBMP_ERROR_VERSION},
        {"unknown flag", 6, 2, 2, FBMP_ERROR_HEADER},
        {"opaque flag with transparent pixels", 6, 2, FBMP_FLAG_OPAQUE, FBMP_ERROR_PIXEL},
        {"width 0", 8, 4, 0, FBMP_ERROR_HEADER},
        {"height 0", 12, 4, 0, FBMP_ERROR_HEADER},
        {"width over the limit", 8, 4, FBMP_MAX_SIDE + 1, FBMP_ERROR_HEADER},
        {"height huge", 12, 4, 0xFFFFFFFF, FBMP_ERROR_HEADER},
        {"width +1", 8, 4, 3, FBMP_ERROR_TRUNCATED},
        {"height -1", 12, 4, 1, FBMP_ERROR_LENGTH},
        {"red above alpha", 20 + 2, 1, 0x81, FBMP_ERROR_PIXEL},
        {"green above alpha", 20 + 1, 1, 0x81, FBMP_ERROR_PIXEL},
        {"blue above alpha", 24, 1, 1, FBMP_ERROR_PIXEL},
    };
    for (size_t i = 0; i < sizeof(patches) / sizeof(patches[0]); i++)
    {
        uint8_t bad[sizeof(good)];
        memcpy(bad, good, sizeof(good));
        if (patches[i].width == 1)
        {
            bad[patches[i].offset] = (uint8_t)patches[i].value;
        }
        else if (patches[i].width == 2)
        {
            put16(bad + patches[i].offset, patches[i].value);
        }
        else
        {
            put32(bad + patches[i].offset, patches[i].value);
        }
        fbmp_error_t error = fbmp_parse_copy(bad, sizeof(bad));
        expect(error == patches[i].expected, "%s: got '%s', expected '%s'", patches[i].what,
               fbmp_error_string(error), fbmp_error_string(patches[i].expected));
    }
    // Sides within the limit whose product is not: 16384 x 16384.
    uint8_t header[FBMP_HEADER_SIZE];
    make_fbmp_header(header, 0, FBMP_MAX_SIDE, FBMP_MAX_SIDE);
    expect(fbmp_parse_copy(header, sizeof(header)) == FBMP_ERROR_HEADER, "16384x16384 accepted");
    // The largest allowed: 16384 x 1024, header only, is truncated.
    make_fbmp_header(header, 0, FBMP_MAX_SIDE, FBMP_MAX_PIXELS / FBMP_MAX_SIDE);
    expect(fbmp_parse_copy(header, sizeof(header)) == FBMP_ERROR_TRUNCATED, "the largest image's header");
    expect(fbmp_parse(NULL, good, sizeof(good)) == FBMP_ERROR_ARGUMENT, "no image: not an argument error");
    report("fbmp/lying-fields-rejected");
}

static void test_fbmp_mutations(const blob_t* disc)
{
    uint8_t* scratch = malloc(disc->size);
    int accepted = 0;
    const int rounds = 5000;
    for (int round = 0; round < rounds && failure[0] == '\0'; round++)
    {
        size_t size = mutate(disc->data, disc->size, scratch);
        accepted += fbmp_parse_copy(scratch, size) == FBMP_OK;
    }
    free(scratch);
    printf("# fbmp: %d of %d mutated images still valid\n", accepted, rounds);
    report("fbmp/random-mutations-never-read-outside");
}

static void test_blend(void)
{
    expect(fbmp_blend(0xFF123456, 0xFFABCDEF) == 0xFFABCDEF, "an opaque source does not replace");
    expect(fbmp_blend(0xFF123456, 0x00000000) == 0xFF123456, "a transparent source changes the pixel");
    // Half-transparent white (premultiplied 0x80808080) over black.
    uint32_t half = fbmp_blend(0xFF000000, 0x80808080);
    expect(half == 0xFF808080, "half white over black is %08x", half);
    // Half-transparent black over white: 255 * 127 / 255 = 127.
    uint32_t dark = fbmp_blend(0xFFFFFFFF, 0x80000000);
    expect(dark == 0xFF7F7F7F, "half black over white is %08x", dark);
    // Over a transparent destination the source stays as it is.
    expect(fbmp_blend(0x00000000, 0x80402010) == 0x80402010, "over nothing changes the source");
    report("fbmp/blend-over");
}

int main(int argc, char** argv)
{
    if (argc != 6)
    {
        fprintf(stderr, "usage: formats_test SANS.grf MONO.grf CONSOLE_V1.grf WALLPAPER.fbmp DISC.fbmp\n");
        return 2;
    }
    blob_t sans = read_file(argv[1]);
    blob_t mono = read_file(argv[2]);
    blob_t console = read_file(argv[3]);
    blob_t wallpaper = read_file(argv[4]);
    blob_t disc = read_file(argv[5]);

    test_tiny_valid();
    test_tiny_truncated();
    test_tiny_lies();
    test_sans(&sans);
    test_mono(&mono);
    test_version_1(&console);
    test_grf_mutations(&sans);
    test_wallpaper(&wallpaper);
    test_disc(&disc);
    test_fbmp_lies();
    test_fbmp_mutations(&disc);
    test_blend();
    printf("1..%d\n", test_number);
    free(sans.data);
    free(mono.data);
    free(console.data);
    free(wallpaper.data);
    free(disc.data);
    return failures == 0 ? 0 : 1;
}
