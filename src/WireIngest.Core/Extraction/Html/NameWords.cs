using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// A name pattern that is only literal words (<c>caption|legend</c>, <c>image-?source</c> spelled out, <c>(^|\s)source</c>
/// as a word that must start a name, <c>tags?($|\s)</c> as words that must end one, <c>(^|[\s_-])ads?($|[\s_-])</c> as words
/// standing apart), asked of an element's class, id, role and itemprop values without joining them.
/// Same answer as <see cref="NameMatches.IsMatch"/> of the pattern over <see cref="HtmlRules.NamesOf"/>: for ASCII names a
/// search ignoring ASCII case is what the case-insensitive regex does; other names ask the regex. Each question searches
/// the values again: the short searches cost less than looking their answers up in a per-thread table by string (the
/// table's random probes missed the processor's caches; extraction per page got faster without it).
/// </summary>
internal sealed class NameWords
{
    private readonly SearchValues<string> anywhere;
    private readonly SearchValues<string>? atNameStart;
    private readonly string[] anywhereWords;
    private readonly string[] atNameStartWords;
    private readonly string[] atNameEnd;
    private readonly string[] apart;

    /// <param name="pattern">The regex the words spell out, asked for names outside ASCII.</param>
    /// <param name="anywhere">Words matching anywhere in the names.</param>
    /// <param name="atNameStart">Words matching only at the start of the names or after white space.</param>
    /// <param name="atNameEnd">Words matching only at the end of the names or before white space.</param>
    /// <param name="apart">Words matching only with the start or end of the names, white space, <c>_</c> or <c>-</c> on both sides.</param>
    public NameWords(Regex pattern, string[] anywhere, string[]? atNameStart = null, string[]? atNameEnd = null, string[]? apart = null)
    {
        Pattern = pattern;
        anywhereWords = anywhere;
        atNameStartWords = atNameStart ?? [];
        this.anywhere = SearchValues.Create(anywhere, StringComparison.OrdinalIgnoreCase);
        this.atNameStart = atNameStart is { Length: > 0 } ? SearchValues.Create(atNameStart, StringComparison.OrdinalIgnoreCase) : null;
        this.atNameEnd = atNameEnd ?? [];
        this.apart = apart ?? [];
    }

    /// <summary>
    /// The words of <paramref name="first"/> and <paramref name="second"/> asked as one: matches where either does, with
    /// one reading of the element's names instead of two. The pattern for names outside ASCII is the two patterns' alternation.
    /// </summary>
    public static NameWords Either(NameWords first, NameWords second)
    {
        if (first.Pattern.Options != second.Pattern.Options)
        {
            throw new ArgumentException($"patterns with different options cannot be joined: {first.Pattern.Options} and {second.Pattern.Options}", nameof(second));
        }

        return new NameWords(
            new Regex($"(?:{first.Pattern})|(?:{second.Pattern})", first.Pattern.Options),
            [.. first.anywhereWords, .. second.anywhereWords],
            [.. first.atNameStartWords, .. second.atNameStartWords],
            [.. first.atNameEnd, .. second.atNameEnd],
            [.. first.apart, .. second.apart]);
    }

    /// <summary>The regex the words spell out.</summary>
    public Regex Pattern { get; }

    /// <summary>Whether the element's names (<see cref="HtmlRules.NamesOf"/>) match the pattern.</summary>
    public bool IsMatch(IElement element) => IsMatch(NameAttributes.Of(element));

    /// <summary><see cref="IsMatch(IElement)"/> of the element whose attributes (<see cref="NameAttributes.Of"/>) are <paramref name="names"/>.</summary>
    public bool IsMatch(NameAttributes names)
    {
        if (names.IsEmpty)
        {
            return false; // No names: a pattern of words cannot match the empty string.
        }

        // No word holds a space, so none spans two joined values; each value starts after a space (or at the start). A
        // word found in an ASCII value is found by the regex too, whatever the other values hold; only when none is
        // found does a value outside ASCII (where the regex's case rules go beyond ASCII) need the regex.
        bool outsideAscii = false;
        if (IsIn(names.Class, ref outsideAscii) || IsIn(names.Id, ref outsideAscii)
            || IsIn(names.Role, ref outsideAscii) || IsIn(names.Itemprop, ref outsideAscii))
        {
            return true;
        }

        return outsideAscii && NameMatches.IsMatch(Pattern, HtmlRules.NamesOf(names));
    }

    // Whether one of the words is in the ASCII value; false, noting it, for a value outside ASCII.
    private bool IsIn(string? value, ref bool outsideAscii)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        bool ascii = Ascii.IsValid(value);
        outsideAscii |= !ascii;
        return ascii && Contains(value);
    }

    private bool Contains(string value)
    {
        if (value.AsSpan().IndexOfAny(anywhere) >= 0)
        {
            return true;
        }

        foreach (string word in atNameEnd)
        {
            if (Occurs(value, word, static (_, _) => true, static (v, end) => end == v.Length || IsAsciiSpace(v[end])))
            {
                return true;
            }
        }

        foreach (string word in apart)
        {
            if (Occurs(value, word, static (v, at) => at == 0 || IsApart(v[at - 1]), static (v, end) => end == v.Length || IsApart(v[end])))
            {
                return true;
            }
        }

        if (atNameStart is null)
        {
            return false;
        }

        for (int offset = 0; offset < value.Length;)
        {
            int at = value.AsSpan(offset).IndexOfAny(atNameStart);
            if (at < 0)
            {
                return false;
            }

            at += offset;
            if (at == 0 || IsAsciiSpace(value[at - 1]))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    // Whether the word occurs (ignoring ASCII case) with acceptable characters before and after it.
    private static bool Occurs(string value, string word, Func<string, int, bool> before, Func<string, int, bool> after)
    {
        for (int offset = 0; offset <= value.Length - word.Length;)
        {
            int at = value.AsSpan(offset).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += offset;
            if (before(value, at) && after(value, at + word.Length))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static bool IsApart(char c) => IsAsciiSpace(c) || c is '_' or '-';

    // What the regex's \s matches among ASCII characters.
    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}
