using System.Globalization;

namespace WireIngest.Core.Normalization;

/// <summary>
/// Guesses the BCP 47 primary language of a body that declares none: by script first (kana → <c>ja</c>, Hangul → <c>ko</c>,
/// Cyrillic → <c>ru</c>/<c>uk</c>/<c>bg</c> …), then for Latin script by counting each language's commonest words.
/// No language-identification package is available to the project, hence this small model.
/// </summary>
public static class LanguageGuesser
{
    private const int MinimumLetters = 20;
    private const int MinimumStopWordHits = 3;

    // Frequent function words; chosen to tell close languages apart (da/no, es/pt, nl/de).
    private static readonly (string Language, HashSet<string> Words)[] StopWords =
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

        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        int letters = 0;
        bool ukrainianLetters = false, bulgarianHint = false, persianLetters = false, urduLetters = false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            string script = ScriptOf(c);
            scripts[script] = scripts.GetValueOrDefault(script) + 1;
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
        if (scripts.GetValueOrDefault("kana") * 20 >= letters)
        {
            return "ja";
        }

        string dominant = scripts.MaxBy(kv => kv.Value).Key;
        return dominant switch
        {
            "latin" => GuessLatin(text),
            "hangul" => "ko",
            "han" => "zh",
            "kana" => "ja",
            "cyrillic" => ukrainianLetters ? "uk" : bulgarianHint && CountOf(text, 'ъ') * 200 > letters ? "bg" : "ru",
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

    private static string? GuessLatin(string text)
    {
        string[] words = WordTokenizer.Letters(text.ToLower(CultureInfo.InvariantCulture));
        if (words.Length == 0)
        {
            return null;
        }

        string? best = null;
        int bestScore = 0, secondScore = 0;
        foreach ((string language, HashSet<string> set) in StopWords)
        {
            int score = words.Count(set.Contains);
            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = language;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        return bestScore >= MinimumStopWordHits && bestScore > secondScore ? best : null;
    }

    private static string ScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => "kana",
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => "hangul",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => "han",
        >= '\u0400' and <= '\u052F' => "cyrillic",
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => "arabic",
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => "greek",
        >= '\u0590' and <= '\u05FF' => "hebrew",
        >= '\u0E00' and <= '\u0E7F' => "thai",
        >= '\u0900' and <= '\u097F' => "devanagari",
        >= '\u0980' and <= '\u09FF' => "bengali",
        >= '\u0B80' and <= '\u0BFF' => "tamil",
        >= '\u10A0' and <= '\u10FF' => "georgian",
        >= '\u0530' and <= '\u058F' => "armenian",
        _ when c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' => "latin",
        _ => "other",
    };

    private static int CountOf(string text, char c) => text.Count(x => x == c);

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
