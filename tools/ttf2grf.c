// ttf2grf: render a TrueType or OpenType font with FreeType at one pixel
// size into a .grf version 2 font (docs/formats/grf.md): 8-bit coverage,
// per-glyph metrics, the code points asked for that the font has, and the
// kerning pairs FreeType reports between them (FT_Get_Kerning: the font's
// 'kern' table; GPOS kerning is not read).
//
// usage: ttf2grf [-v] [-r RANGES] FONT SIZE OUT.grf
//   RANGES  code points to include, e.g. 0x20-0x7e,0xa0-0xff,0x20ac
//           (default: DEFAULT_RANGES below); the font's missing ones are
//           left out
//   SIZE    pixels per em, 4 to 256
#include <ft2build.h>
#include FT_FREETYPE_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ASCII, Latin-1, Latin Extended-A, punctuation, the euro, arrows, box
// drawing and block elements (for a terminal), the replacement character.
#define DEFAULT_RANGES "0x20-0x7e,0xa0-0x17f,0x2010-0x2027,0x2030-0x203a,0x20ac,0x2190-0x2193,0x2500-0x259f,0xfffd"
#define MAX_CODE_POINT 0x10FFFF
#define MAX_SIDE 2048
#define MIN_SIZE 4
#define MAX_SIZE 256

static const char* program = "ttf2grf";

static void usage(void)
{
    fprintf(stderr, "usage: %s [-v] [-r RANGES] FONT SIZE OUT.grf\n", program);
    fprintf(stderr, "  FONT    a TrueType or OpenType font file\n");
    fprintf(stderr, "  SIZE    pixels per em, %d to %d\n", MIN_SIZE, MAX_SIZE);
    fprintf(stderr, "  RANGES  code points, e.g. 0x20-0x7e,0xa0-0xff (default %s)\n", DEFAULT_RANGES);
    fprintf(stderr, "  -v      print what was converted\n");
    exit(2);
}

static void fail(const char* format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "%s: ", program);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

// A growing byte buffer.
typedef struct
{
    uint8_t* data;
    size_t size;
    size_t capacity;
} buffer_t;

static void put(buffer_t* b, const void* bytes, size_t count)
{
    if (b->size + count > b->capacity)
    {
        size_t capacity = b->capacity != 0 ? b->capacity : 4096;
        while (capacity < b->size + count)
        {
            capacity *= 2;
        }
        b->data = realloc(b->data, capacity);
        if (b->data == NULL)
        {
            fail("out of memory");
        }
        b->capacity = capacity;
    }
    memcpy(b->data + b->size, bytes, count);
    b->size += count;
}

static void put16(buffer_t* b, uint32_t value)
{
    uint8_t bytes[2] = {(uint8_t)value, (uint8_t)(value >> 8)};
    put(b, bytes, 2);
}

static void put32(buffer_t* b, uint32_t value)
{
    uint8_t bytes[4] = {(uint8_t)value, (uint8_t)(value >> 8), (uint8_t)(value >> 16), (uint8_t)(value >> 24)};
    put(b, bytes, 4);
}

// Parse "A-B,C,..." into a bitmap of wanted code points.
static void parse_ranges(const char* text, bool* wanted)
{
    const char* p = text;
    while (*p != '\0')
    {
        char* end;
        errno = 0;
        unsigned long first = strtoul(p, &end, 0);
        unsigned long last = first;
        if (end == p || errno != 0)
        {
            fail("bad code point range list '%s' (expected e.g. 0x20-0x7e,0xa0)", text);
        }
        p = end;
        if (*p == '-')
        {
            p++;
            errno = 0;
            last = strtoul(p, &end, 0);
            if (end == p || errno != 0)
            {
                fail("bad code point range list '%s' (expected e.g. 0x20-0x7e,0xa0)", text);
            }
            p = end;
        }
        if (first > last || last > MAX_CODE_POINT)
        {
            fail("bad code point range %#lx-%#lx in '%s'", first, last, text);
        }
        for (unsigned long c = first; c <= last; c++)
        {
            wanted[c] = true;
        }
        if (*p == ',')
        {
            p++;
        }
        else if (*p != '\0')
        {
            fail("bad code point range list '%s' (expected e.g. 0x20-0x7e,0xa0)", text);
        }
    }
}

typedef struct
{
    uint32_t code_point;
    FT_UInt index; // FreeType's glyph index
} entry_t;

static long round_26_6(FT_Pos value)
{
    return value >= 0 ? (long)((value + 32) / 64) : -(long)((-value + 32) / 64);
}

static long ceil_26_6(FT_Pos value)
{
    return value >= 0 ? (long)((value + 63) / 64) : -(long)(-value / 64);
}

int main(int argc, char** argv)
{
    const char* ranges = DEFAULT_RANGES;
    bool verbose = false;
    int arg = 1;
    while (arg < argc && argv[arg][0] == '-' && argv[arg][1] != '\0')
    {
        if (strcmp(argv[arg], "-v") == 0)
        {
            verbose = true;
            arg++;
        }
        else if (strcmp(argv[arg], "-r") == 0)
        {
            if (arg + 1 >= argc)
            {
                fprintf(stderr, "%s: option -r needs a list of code points\n", program);
                usage();
            }
            ranges = argv[arg + 1];
            arg += 2;
        }
        else
        {
            fprintf(stderr, "%s: unknown option '%s'\n", program, argv[arg]);
            usage();
        }
    }
    if (argc - arg != 3)
    {
        usage();
    }
    const char* font_path = argv[arg];
    const char* size_text = argv[arg + 1];
    const char* out_path = argv[arg + 2];

    char* end;
    errno = 0;
    long size = strtol(size_text, &end, 10);
    if (end == size_text || *end != '\0' || errno != 0 || size < MIN_SIZE || size > MAX_SIZE)
    {
        fprintf(stderr, "%s: bad size '%s': pixels per em, %d to %d\n", program, size_text, MIN_SIZE, MAX_SIZE);
        usage();
    }
    bool* wanted = calloc(MAX_CODE_POINT + 1, sizeof(bool));
    if (wanted == NULL)
    {
        fail("out of memory");
    }
    parse_ranges(ranges, wanted);

    FILE* probe = fopen(font_path, "rb");
    if (probe == NULL)
    {
        fail("%s: %s", font_path, strerror(errno));
    }
    fclose(probe);

    FT_Library library;
    FT_Face face;
    if (FT_Init_FreeType(&library) != 0)
    {
        fail("FreeType does not start");
    }
    FT_Error error = FT_New_Face(library, font_path, 0, &face);
    if (error != 0)
    {
        fail("%s: not a font FreeType can read (%s)", font_path,
             FT_Error_String(error) != NULL ? FT_Error_String(error) : "error");
    }
    if (!FT_IS_SCALABLE(face))
    {
        fail("%s: not a scalable (TrueType or OpenType) font", font_path);
    }
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0)
    {
        fail("%s: the font has no Unicode character map", font_path);
    }
    if (FT_Set_Pixel_Sizes(face, 0, (FT_UInt)size) != 0)
    {
        fail("%s: cannot be set to %ld pixels", font_path, size);
    }

    // The code points asked for that the font has, in order.
    entry_t* entries = NULL;
    size_t count = 0;
    size_t capacity = 0;
    for (uint32_t c = 0; c <= MAX_CODE_POINT; c++)
    {
        if (!wanted[c])
        {
            continue;
        }
        FT_UInt index = FT_Get_Char_Index(face, c);
        if (index == 0)
        {
            continue;
        }
        if (count == capacity)
        {
            capacity = capacity != 0 ? capacity * 2 : 256;
            entries = realloc(entries, capacity * sizeof(*entries));
            if (entries == NULL)
            {
                fail("out of memory");
            }
        }
        entries[count++] = (entry_t){c, index};
    }
    if (count == 0)
    {
        fail("%s: has none of the code points %s", font_path, ranges);
    }

    // Glyph records and their coverage, glyph i for entries[i].
    buffer_t glyphs = {0};
    buffer_t bitmaps = {0};
    uint32_t replacement = 0;
    bool replacement_exact = false;
    for (size_t i = 0; i < count; i++)
    {
        if (entries[i].code_point == 0xFFFD || (entries[i].code_point == '?' && !replacement_exact))
        {
            replacement = (uint32_t)i;
            replacement_exact = entries[i].code_point == 0xFFFD;
        }
        error = FT_Load_Glyph(face, entries[i].index, FT_LOAD_TARGET_LIGHT);
        if (error == 0)
        {
            error = FT_Render_Glyph(face->glyph, FT_RENDER_MODE_LIGHT);
        }
        if (error != 0)
        {
            fail("%s: U+%04X does not render", font_path, entries[i].code_point);
        }
        FT_GlyphSlot slot = face->glyph;
        FT_Bitmap* bitmap = &slot->bitmap;
        if (bitmap->pixel_mode != FT_PIXEL_MODE_GRAY && bitmap->pixel_mode != FT_PIXEL_MODE_MONO &&
            bitmap->width != 0 && bitmap->rows != 0)
        {
            fail("%s: U+%04X rendered in an unexpected pixel mode %d", font_path, entries[i].code_point,
                 bitmap->pixel_mode);
        }
        long advance = round_26_6(slot->advance.x);
        if (bitmap->width > MAX_SIDE || bitmap->rows > MAX_SIDE || advance < 0 || advance > MAX_SIDE ||
            slot->bitmap_left < -MAX_SIDE || slot->bitmap_left > MAX_SIDE || slot->bitmap_top < -MAX_SIDE ||
            slot->bitmap_top > MAX_SIDE)
        {
            fail("%s: U+%04X has metrics a .grf cannot hold", font_path, entries[i].code_point);
        }
        if (bitmaps.size + (size_t)bitmap->width * bitmap->rows > UINT32_MAX)
        {
            fail("%s: too much glyph data for a .grf file", font_path);
        }
        put32(&glyphs, (uint32_t)bitmaps.size);
        put16(&glyphs, bitmap->width);
        put16(&glyphs, bitmap->rows);
        put16(&glyphs, (uint16_t)(int16_t)slot->bitmap_left);
        put16(&glyphs, (uint16_t)(int16_t)slot->bitmap_top);
        put16(&glyphs, (uint16_t)advance);
        put16(&glyphs, 0);
        for (unsigned int y = 0; y < bitmap->rows; y++)
        {
            // A negative pitch means the rows are stored bottom up; row y
            // is still at buffer + y * pitch from the top row's address.
            const unsigned char* row = bitmap->buffer + (ptrdiff_t)y * bitmap->pitch;
            for (unsigned int x = 0; x < bitmap->width; x++)
            {
                uint8_t value;
                if (bitmap->pixel_mode == FT_PIXEL_MODE_MONO)
                {
                    value = (row[x / 8] >> (7 - x % 8)) & 1 ? 255 : 0;
                }
                else
                {
                    // num_grays levels, scaled to 0-255.
                    unsigned int levels = bitmap->num_grays > 1 ? bitmap->num_grays - 1 : 1;
                    value = (uint8_t)((row[x] * 255u + levels / 2) / levels);
                }
                put(&bitmaps, &value, 1);
            }
        }
    }

    // Runs of consecutive code points become ranges.
    buffer_t range_records = {0};
    uint32_t range_count = 0;
    for (size_t i = 0; i < count;)
    {
        size_t j = i + 1;
        while (j < count && entries[j].code_point == entries[j - 1].code_point + 1)
        {
            j++;
        }
        put32(&range_records, entries[i].code_point);
        put32(&range_records, (uint32_t)(j - i));
        put32(&range_records, (uint32_t)i);
        range_count++;
        i = j;
    }

    // Kerning, in (left, right) code point order: the entries are sorted.
    buffer_t kerning = {0};
    uint32_t kern_count = 0;
    if (FT_HAS_KERNING(face))
    {
        for (size_t l = 0; l < count; l++)
        {
            for (size_t r = 0; r < count; r++)
            {
                FT_Vector delta;
                if (FT_Get_Kerning(face, entries[l].index, entries[r].index, FT_KERNING_UNFITTED, &delta) != 0)
                {
                    continue;
                }
                long pixels = round_26_6(delta.x);
                if (pixels == 0)
                {
                    continue;
                }
                if (pixels < -MAX_SIDE || pixels > MAX_SIDE)
                {
                    fail("%s: kerning U+%04X U+%04X out of range", font_path, entries[l].code_point,
                         entries[r].code_point);
                }
                put32(&kerning, entries[l].code_point);
                put32(&kerning, entries[r].code_point);
                put16(&kerning, (uint16_t)(int16_t)pixels);
                put16(&kerning, 0);
                kern_count++;
            }
        }
    }

    long ascent = ceil_26_6(face->size->metrics.ascender);
    long descent = ceil_26_6(-face->size->metrics.descender);
    long line_height = ceil_26_6(face->size->metrics.height);
    if (ascent < 0)
    {
        ascent = 0;
    }
    if (descent < 0)
    {
        descent = 0;
    }
    if (line_height < ascent + descent)
    {
        line_height = ascent + descent;
    }
    if (line_height < 1 || line_height > MAX_SIDE || ascent > MAX_SIDE || descent > MAX_SIDE)
    {
        fail("%s: line metrics a .grf cannot hold", font_path);
    }

    buffer_t file = {0};
    put(&file, "GRF2", 4);
    put16(&file, (uint32_t)size);
    put16(&file, (uint32_t)line_height);
    put16(&file, (uint32_t)ascent);
    put16(&file, (uint32_t)descent);
    put32(&file, 0); // flags
    put32(&file, range_count);
    put32(&file, (uint32_t)count);
    put32(&file, kern_count);
    put32(&file, (uint32_t)bitmaps.size);
    put32(&file, replacement);
    put32(&file, 0); // reserved
    put(&file, range_records.data, range_records.size);
    put(&file, glyphs.data, glyphs.size);
    if (kerning.size != 0)
    {
        put(&file, kerning.data, kerning.size);
    }
    if (bitmaps.size != 0)
    {
        put(&file, bitmaps.data, bitmaps.size);
    }

    FILE* out = fopen(out_path, "wb");
    if (out == NULL)
    {
        fail("%s: %s", out_path, strerror(errno));
    }
    if (fwrite(file.data, 1, file.size, out) != file.size || fclose(out) != 0)
    {
        int saved = errno;
        remove(out_path);
        fail("%s: cannot write: %s", out_path, strerror(saved));
    }
    if (verbose)
    {
        printf("%s: %s at %ld px: %zu glyphs in %u ranges, %u kerning pairs, ascent %ld, descent %ld, line %ld, "
               "%zu bytes\n",
               program, font_path, size, count, range_count, kern_count, ascent, descent, line_height, file.size);
    }
    FT_Done_Face(face);
    FT_Done_FreeType(library);
    return 0;
}
