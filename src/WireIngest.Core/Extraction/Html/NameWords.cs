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
/// search ignoring ASCII case is what the case-insensitive regex does; other names ask the regex. The answer for each
/// value is kept (<see cref="NameValueCache"/>): the same class strings are asked by several walks and several instances.
/// </summary>
internal sealed class NameWords
{
    private readonly SearchValues<string> anywhere;
    private readonly SearchValues<string>? atNameStart;
    private readonly string[] anywhereWords;
    private readonly string[] atNameStartWords;
    private readonly string[] atNameEnd;
    private readonly string[] apart;

    private static readonly Lock Registry = new();
    private static readonly List<string> AllWords = [];
    private static int instances;
    private static volatile NameWordsUnion? union;

    // This instance's bit in the cached answers; -1 (uncached) past the 64th instance.
    private readonly int bit;

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
        lock (Registry)
        {
            bit = instances < 64 ? instances : -1;
            instances++;
            if (bit >= 0)
            {
                // Every word the searches below look for, so that a value holding none of them fails them all.
                AllWords.AddRange([.. anywhere, .. atNameStart ?? [], .. this.atNameEnd, .. this.apart]);
                union = new NameWordsUnion(AllWords, (union?.Owners ?? 0) | (1UL << bit));
            }
        }
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
    public bool IsMatch(IElement element) => IsMatch(element, cached: bit >= 0);

    /// <summary><see cref="IsMatch(IElement)"/> searching every value again: what the cached answers are held to.</summary>
    internal bool IsMatchUncached(IElement element) => IsMatch(element, cached: false);

    /// <summary><see cref="IsMatch(IElement)"/> of the element whose attributes (<see cref="NameAttributes.Of"/>) are <paramref name="names"/>.</summary>
    public bool IsMatch(NameAttributes names) => IsMatch(names, cached: bit >= 0);

    private bool IsMatch(IElement element, bool cached) => IsMatch(NameAttributes.Of(element), cached);

    private bool IsMatch(NameAttributes names, bool cached)
    {
        if (names.IsEmpty)
        {
            return false; // No names: a pattern of words cannot match the empty string.
        }

        // No word holds a space, so none spans two joined values; each value starts after a space (or at the start). A
        // word found in an ASCII value is found by the regex too, whatever the other values hold; only when none is
        // found does a value outside ASCII (where the regex's case rules go beyond ASCII) need the regex.
        bool outsideAscii = false;
        if (IsIn(names.Class, cached, ref outsideAscii) || IsIn(names.Id, cached, ref outsideAscii)
            || IsIn(names.Role, cached, ref outsideAscii) || IsIn(names.Itemprop, cached, ref outsideAscii))
        {
            return true;
        }

        return outsideAscii && NameMatches.IsMatch(Pattern, HtmlRules.NamesOf(names));
    }

    // Whether one of the words is in the ASCII value; false, noting it, for a value outside ASCII.
    private bool IsIn(string? value, bool cached, ref bool outsideAscii)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (!cached)
        {
            bool ascii = Ascii.IsValid(value);
            outsideAscii |= !ascii;
            return ascii && Contains(value);
        }

        ref NameValueAnswers answers = ref NameValueCache.For(value);
        if (answers.Ascii == 0)
        {
            answers.Ascii = Ascii.IsValid(value) ? (byte)1 : (byte)2;
            if (answers.Ascii == 1 && union is { } all && value.AsSpan().IndexOfAny(all.Words) < 0)
            {
                answers.Known = all.Owners; // No word of any owner: all of them fail, answered by one search.
            }
        }

        if (answers.Ascii == 2)
        {
            outsideAscii = true;
            return false;
        }

        ulong mask = 1UL << bit;
        if ((answers.Known & mask) == 0)
        {
            answers.Matched |= Contains(value) ? mask : 0;
            answers.Known |= mask;
        }

        return (answers.Matched & mask) != 0;
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
