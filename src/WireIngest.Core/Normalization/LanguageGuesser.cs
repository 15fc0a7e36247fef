using System.Buffers;
using System.Numerics;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Guesses the BCP 47 primary language of a body that declares none: by script first (kana → <c>ja</c>, Hangul → <c>ko</c>,
/// Cyrillic → <c>ru</c>/<c>uk</c>/<c>bg</c> …), then for Latin script by counting each language's commonest words.
/// A small model on purpose: the language-detection package this project can get (SearchPioneer.Lingua 2.0.0, all
/// languages, models preloaded) took 18 ms (32 ms in its low-accuracy mode) per 3,300-character body after 2.4–23 s of
/// loading and 90 MB–1.6 GB of heap, where a whole page takes about 4 ms to extract; this guess takes about 20 µs a page.
/// </summary>
public static class LanguageGuesser
{
    private const int MinimumLetters = 20;
    private const int MinimumStopWordHits = 3;

    // The opening this many characters of a body decide: a long story is no clearer than its first paragraphs, and each
    // character costs a lower-casing and a lookup (1.2 samples per 100 parse samples before the cut, `perf` over the benchmark).
    internal const int SampleLength = 4000;

    // Frequent function words; chosen to tell close languages apart (da/no, es/pt, nl/de).
    internal static readonly (string Language, HashSet<string> Words)[] StopWords =
    [
        ("en", Set("the of and to in is that for it was on with as he said by at from his are be this have has an they which not were")),
        ("de", Set("der die und das ist nicht mit den von sich des auf für eine ein dem im zu auch es wird sind wurde nach bei aus einem einer")),
        ("fr", Set("le la les et des est une un du pour que qui dans pas au sur par il elle avec ce sont ont aux été cette mais ses")),
        ("es", Set("el la los las y del que en un una por con para es se al lo como más su sus pero fue ha este esta según también")),
        ("it", Set("il di che la le gli per non una un del della nel con sono è alla dei delle anche ha ma si al stato questo")),
        ("pt", Set("o a os as de do da dos das que em um uma para com não é se no na por mais foi ao pelo pela também são")),
        ("nl", Set("de het een en van is dat niet op te in met voor zijn ook als er aan bij maar door worden wordt werd naar")),
        ("sv", Set("och att det som en är av för på med till den inte har var de om ett vid från också eller kan skulle")),
        ("da", Set("og at det som en er af for på med til den ikke har var de om et ved fra også efter blev meget hvad")),
        ("no", Set("og at det som en er av for på med til den ikke har var de om et ved fra også etter ble mye hva")),
        ("pl", Set("i w na z że się nie do jest to jak po przez od za o oraz ale dla jego który która są był")),
        ("tr", Set("ve bir bu da de için ile olarak olan gibi daha çok ama en ne kadar sonra değil ancak her")),
        ("id", Set("yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena oleh ada telah atau bahwa")),
        ("fi", Set("ja on ei että se oli hän ovat mutta kun tai myös sen jo kuin mukaan ole vielä tämä joka")),
        ("cs", Set("a se na je že v to s z do o jako ale by jsou za od pro který která také není bylo")),
        ("ro", Set("și în de la cu să nu o a pe care este din un mai pentru au fost sau ca")),
        ("hu", Set("a az és hogy nem is egy van de meg már csak ez mint volt azt még")),
    ];

    /// <summary>Guesses the language of a text; <c>null</c> when there is too little text or no clear winner.</summary>
    public static string? Guess(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        ReadOnlySpan<char> sample = Sample(text);

        // Letters per script, and the scripts in the order first met (the dominant one is the first of the largest counts).
        Span<int> scripts = stackalloc int[ScriptNames.Length];
        Span<int> order = stackalloc int[ScriptNames.Length];
        int seen = 0;
        int letters = 0;
        bool ukrainianLetters = false, bulgarianHint = false, persianLetters = false, urduLetters = false;
        foreach (char c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            int script = ScriptOf(c);
            if (scripts[script]++ == 0)
            {
                order[seen++] = script;
            }

            ukrainianLetters |= c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ';
            bulgarianHint |= c is 'ъ' or 'Ъ';
            persianLetters |= c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی';
            urduLetters |= c is 'ٹ' or 'ڈ' or 'ڑ' or 'ے';
        }

        if (letters < MinimumLetters)
        {
            return null;
        }

        // Japanese mixes kana with Han; any real share of kana decides it.
        if (scripts[Kana] * 20 >= letters)
        {
            return "ja";
        }

        int top = order[0];
        for (int i = 1; i < seen; i++)
        {
            if (scripts[order[i]] > scripts[top])
            {
                top = order[i];
            }
        }

        string dominant = ScriptNames[top];
        return dominant switch
        {
            "latin" => GuessLatin(sample),
            "hangul" => "ko",
            "han" => "zh",
            "kana" => "ja",
            "cyrillic" => ukrainianLetters ? "uk" : bulgarianHint && sample.Count('ъ') * 200 > letters ? "bg" : "ru",
            "arabic" => urduLetters ? "ur" : persianLetters ? "fa" : "ar",
            "greek" => "el",
            "hebrew" => "he",
            "thai" => "th",
            "devanagari" => "hi",
            "bengali" => "bn",
            "tamil" => "ta",
            "georgian" => "ka",
            "armenian" => "hy",
            _ => null,
        };
    }

    // Each stop word with the languages (bits in StopWords order) that list it: one lookup per word of the text instead of one per language.
    private static readonly Dictionary<string, int> LanguagesOfWord = IndexWords();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LanguagesOfSpan =
        LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // The text up to SampleLength, cut at the last white space before it so that no word is halved.
    private static ReadOnlySpan<char> Sample(string text)
    {
        if (text.Length <= SampleLength)
        {
            return text;
        }

        ReadOnlySpan<char> head = text.AsSpan(0, SampleLength);
        int space = head.LastIndexOfAny(' ', '\n');
        return space > 0 ? head[..space] : head;
    }

    private static string? GuessLatin(ReadOnlySpan<char> text)
    {
        // Lower-cased once into a pooled buffer and read as spans: a word is a run of letters, no string made per word.
        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            Span<char> lower = buffer.AsSpan(0, text.Length);
            text.ToLowerInvariant(lower);
            Span<int> scores = stackalloc int[StopWords.Length];
            int words = CountStopWords(lower, scores);
            return words == 0 ? null : Best(scores);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Adds each word's hits to its languages' scores; returns the number of words.
    private static int CountStopWords(ReadOnlySpan<char> lower, Span<int> scores)
    {
        int words = 0;
        int start = -1;
        for (int i = 0; i <= lower.Length; i++)
        {
            bool letter = i < lower.Length && char.IsLetter(lower[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words++;
                if (LanguagesOfSpan.TryGetValue(lower[start..i], out int languages))
                {
                    for (int bits = languages; bits != 0; bits &= bits - 1)
                    {
                        scores[BitOperations.TrailingZeroCount(bits)]++;
                    }
                }

                start = -1;
            }
        }

        return words;
    }

    private static string? Best(ReadOnlySpan<int> scores)
    {
        string? best = null;
        int bestScore = 0, secondScore = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            int score = scores[i];
            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = StopWords[i].Language;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        return bestScore >= MinimumStopWordHits && bestScore > secondScore ? best : null;
    }

    private static Dictionary<string, int> IndexWords()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < StopWords.Length; i++)
        {
            foreach (string word in StopWords[i].Words)
            {
                index[word] = index.GetValueOrDefault(word) | (1 << i);
            }
        }

        return index;
    }

    private const int Kana = 0;

    // Indexed by ScriptOf.
    private static readonly string[] ScriptNames = ["kana", "hangul", "han", "cyrillic", "arabic", "greek", "hebrew", "thai", "devanagari", "bengali", "tamil", "georgian", "armenian", "latin", "other"];

    private static int ScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => 0,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => 1,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => 2,
        >= '\u0400' and <= '\u052F' => 3,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => 4,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => 5,
        >= '\u0590' and <= '\u05FF' => 6,
        >= '\u0E00' and <= '\u0E7F' => 7,
        >= '\u0900' and <= '\u097F' => 8,
        >= '\u0980' and <= '\u09FF' => 9,
        >= '\u0B80' and <= '\u0BFF' => 10,
        >= '\u10A0' and <= '\u10FF' => 11,
        >= '\u0530' and <= '\u058F' => 12,
        _ when c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' => 13,
        _ => 14,
    };

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
