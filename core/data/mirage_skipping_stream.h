#pragma once
// Internal to MirageReader (core/data/mirage_reader.cpp): the buffered file
// stream RapidJSON reads MIRAGE files through, which skips the byte lists of
// packet_data.L4_raw_payload without tokenising them, and the line of a byte
// offset for error messages. Not a public interface.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace netsynth::mirage_detail {

// First byte in [p, end) that is not number text (digits, '-', ',', blanks).
inline const char *skipNumberTextScalar(const char *p, const char *end)
{
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (!((c >= '0' && c <= '9') || c == ',' || c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
            break;
        ++p;
    }
    return p;
}

inline char *skipNumberText(char *p, char *end)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0');
    const __m128i nine = _mm_set1_epi8(9);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // digit: (v - '0') <= 9 unsigned  <=>  min(v - '0', 9) == v - '0'
        const __m128i d = _mm_sub_epi8(v, zero);
        const __m128i isDigit = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
        const __m128i other = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))));
        const int ok = _mm_movemask_epi8(_mm_or_si128(isDigit, other));
        if (ok != 0xffff)
            return p + __builtin_ctz(static_cast<unsigned>(~ok & 0xffff));
        p += 16;
    }
#endif
    return const_cast<char *>(skipNumberTextScalar(p, end));
}

// A buffered file stream for RapidJSON that skips the contents of
// packet_data.L4_raw_payload at byte level. The model keeps no payload bytes,
// and in MIRAGE files these byte lists are most of the text: tokenising them
// number by number dominates parsing. The stream finds `"L4_raw_payload": [`
// in each buffer, and when the parser reaches the array it jumps to the
// matching ']' (so the parser sees "[]"), counting the elements (for the
// equal-length check) and accepting only digits, '-', ',', blanks and
// brackets. Any other byte stops the skip there, so malformed content still
// reaches the parser and is reported at its offset.
class SkippingFileStream
{
public:
    using Ch = char;

    SkippingFileStream(FILE *file, std::size_t bufferSize) : m_file(file), m_buffer(bufferSize + 1)
    {
        m_cur = m_end = m_limit = m_buffer.data();
        *m_end = '\0';
        refill();
    }

    Ch Peek() const
    {
        if (m_cur == m_limit)
            event();
        return *m_cur;
    }
    Ch Take()
    {
        if (m_cur == m_limit) {
            event();
            if (m_cur == m_end)
                return '\0';
        }
        return *m_cur++;
    }
    std::size_t Tell() const { return m_base + static_cast<std::size_t>(m_cur - m_buffer.data()); }

    // Elements of the last skipped array; the handler takes and resets it.
    std::int64_t takeSkippedElements()
    {
        const std::int64_t n = m_skippedElements;
        m_skippedElements = 0;
        return n;
    }

    // Unused parts of the RapidJSON stream concept (read-only stream).
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch *) { return 0; }

private:
    static constexpr std::size_t kCarry = 64; // bytes kept so a key split across reads is still found

    [[gnu::noinline]] void event() const
    {
        auto *self = const_cast<SkippingFileStream *>(this);
        if (m_cur == m_end)
            self->refill();
        else
            self->skipArray();
    }

    void updateLimit()
    {
        while (!m_skips.empty() && m_skips.front() < m_cur)
            m_skips.pop_front();
        m_limit = m_skips.empty() ? m_end : m_skips.front();
    }

    // Reads the next chunk after the consumed data (keeping kCarry bytes of context).
    void refill()
    {
        if (m_eof) {
            m_limit = m_end;
            return;
        }
        char *data = m_buffer.data();
        const std::size_t consumed = static_cast<std::size_t>(m_cur - data);
        const std::size_t keep = std::min(consumed, kCarry);
        const std::size_t tail = static_cast<std::size_t>(m_end - m_cur); // unconsumed (0 in practice)
        std::memmove(data, m_cur - keep, keep + tail);
        m_base += consumed - keep;
        m_cur = data + keep;
        char *fillFrom = m_cur + tail;
        const std::size_t room = m_buffer.size() - 1 - static_cast<std::size_t>(fillFrom - data);
        const std::size_t got = std::fread(fillFrom, 1, room, m_file);
        if (got == 0)
            m_eof = true;
        m_end = fillFrom + got;
        *m_end = '\0';
        findSkips(data);
        updateLimit();
    }

    void findSkips(char *from)
    {
        m_skips.clear();
        static const std::string_view key = "\"L4_raw_payload\"";
        const std::string_view text(from, static_cast<std::size_t>(m_end - from));
        for (std::size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + key.size())) {
            std::size_t i = at + key.size();
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
                ++i;
            if (i >= text.size() || text[i] != ':')
                continue;
            ++i;
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
                ++i;
            if (i >= text.size() || text[i] != '[')
                continue;
            char *inside = from + i + 1;
            if (inside > m_cur || (inside == m_cur && m_cur < m_end))
                m_skips.push_back(inside);
        }
    }

    // At the first byte inside the raw-payload array: jump to its closing bracket.
    void skipArray()
    {
        m_skips.pop_front();
        int depth = 1;
        std::int64_t elements = 0;
        // Byte classes: 0 = number text (digits, '-', ',', blanks), 1 = '[', 2 = ']', 3 = anything else.
        static const std::array<std::uint8_t, 256> kClass = [] {
            std::array<std::uint8_t, 256> t{};
            t.fill(3);
            for (char c : std::string_view("0123456789-, \t\r\n"))
                t[static_cast<unsigned char>(c)] = 0;
            t[static_cast<unsigned char>('[')] = 1;
            t[static_cast<unsigned char>(']')] = 2;
            return t;
        }();
        for (;;) {
            while (m_cur < m_end) {
                m_cur = skipNumberText(m_cur, m_end);
                if (m_cur == m_end)
                    break;
                const std::uint8_t k = kClass[static_cast<unsigned char>(*m_cur)];
                if (k == 0) {
                    ++m_cur;
                    continue;
                }
                if (k == 1) {
                    if (depth == 1)
                        ++elements;
                    ++depth;
                } else if (k == 2) {
                    if (--depth == 0) {
                        m_skippedElements = elements;
                        updateLimit();
                        return; // m_cur is at the closing bracket: the parser sees "[]"
                    }
                } else {
                    m_skippedElements = elements;
                    updateLimit();
                    return; // let the parser see (and report) this byte
                }
                ++m_cur;
            }
            if (m_eof) {
                m_skippedElements = elements;
                m_limit = m_end;
                return; // truncated inside the array: the parser reports the end of file
            }
            refill();
            // refill() found new skip points; none can precede the array's end.
        }
    }

    FILE *m_file;
    std::vector<char> m_buffer;
    mutable char *m_cur;
    char *m_end;
    mutable char *m_limit;
    std::deque<char *> m_skips;
    std::size_t m_base = 0;
    bool m_eof = false;
    std::int64_t m_skippedElements = 0;
};

inline std::size_t lineAtOffsetInString(const std::string &s, std::size_t offset)
{
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i)
        line += s[i] == '\n';
    return line;
}

inline std::size_t lineAtOffsetInFile(const std::string &path, std::size_t offset)
{
    std::unique_ptr<FILE, int (*)(FILE *)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        return 0;
    std::size_t line = 1;
    char buf[65536];
    std::size_t done = 0;
    while (done < offset) {
        const std::size_t want = std::min(sizeof buf, offset - done);
        const std::size_t got = std::fread(buf, 1, want, f.get());
        if (got == 0)
            break;
        for (std::size_t i = 0; i < got; ++i)
            line += buf[i] == '\n';
        done += got;
    }
    return line;
}

} // namespace netsynth::mirage_detail
