using System.Globalization;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

// Holds the guesser's counting (script counts in arrays, stop words looked up as spans) equal to the plain counting it replaced.
[TestFixture]
public sealed class LanguageGuesserEquivalenceTests
{
    private static readonly string[] Texts =
    [
        "",
        "   ",
        "The minister said on Monday that the talks with the union were not over and that he was hopeful.",
        "Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft nicht vorbei sind und er auf eine Einigung hofft.",
        "Le ministre a déclaré lundi que les discussions avec le syndicat ne sont pas terminées et qu'il reste optimiste.",
        "El ministro dijo el lunes que las conversaciones con el sindicato no han terminado y que es optimista según fuentes.",
        "Ministern sa på måndag att samtalen med facket inte är över och att han är hoppfull om det.",
        "Ministeren sagde mandag at samtalerne med fagforeningen ikke er slut og at han er håbefuld efter det.",
        "Ministeren sa mandag at samtalene med fagforeningen ikke er over og at han er håpefull etter det.",
        "de la que en el los se del las un por con para una es al lo como",
        "THE OF AND TO IN IS THAT FOR IT WAS ON WITH AS HE SAID",
        "Министр заявил в понедельник, что переговоры с профсоюзом не закончены и он надеется на лучшее.",
        "Міністр заявив у понеділок, що переговори з профспілкою не завершені і він сподівається на краще.",
        "Министърът заяви в понеделник, че преговорите със синдиката не са приключили и той се надява.",
        "大臣は月曜日、組合との協議は終わっていないと述べ、合意に期待を示した。",
        "장관은 월요일 노조와의 협상이 끝나지 않았다고 말했다 합의를 기대한다고 밝혔다",
        "部长周一表示，与工会的谈判尚未结束，他对达成协议抱有希望。",
        "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες με το συνδικάτο δεν έχουν τελειώσει.",
        "وقال الوزير يوم الاثنين إن المحادثات مع النقابة لم تنته بعد وإنه متفائل.",
        "وزیر روز دوشنبه گفت که گفتگوها با اتحادیه هنوز تمام نشده است و او امیدوار است.",
        "abc абв abc абв abc абв abc абв abc абв xyz",
        "ǅemal İstanbul'da ve bir bu da için ile olarak olan gibi daha çok ama",
        "Straße der die und das ist nicht mit den von sich des auf für eine ein",
        "x\uD801\uDC00the\uD801\uDC00of\uD801\uDC00and\uD801\uDC00to in is that for",
        "the the the of of of der der der die die die",
    ];

    [Test]
    public void Guess_HandWrittenTexts_AnswersAsThePlainCounting([ValueSource(nameof(Texts))] string text) =>
        Assert.That(LanguageGuesser.Guess(text), Is.EqualTo(PlainGuess(text)));

    // Texts assembled at random from every language's stop words, other words, scripts and separators.
    [Test]
    public void Guess_RandomTexts_AnswersAsThePlainCounting()
    {
        string[] parts = [.. LanguageGuesser.StopWords.SelectMany(s => s.Words).Distinct().Order(StringComparer.Ordinal),
            "Minister", "THE", "Der", "Ǆ", "İ", "ı", "абв", "ї", "ъ", "かな", "漢字", "한글", "αβ", "אב", "ไทย", "پ", "ے", "1", ",", "-", "'"];
        var random = new Random(20261128);
        for (int i = 0; i < 2000; i++)
        {
            string text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => parts[random.Next(parts.Length)]));
            Assert.That(LanguageGuesser.Guess(text), Is.EqualTo(PlainGuess(text)), text);
        }
    }

    // The counting the guesser did before: a dictionary of script counts, lower-cased words counted per language's set.
    private static string? PlainGuess(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        int letters = 0;
        bool ukrainian = false, bulgarian = false, persian = false, urdu = false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            string script = Script(c);
            scripts[script] = scripts.GetValueOrDefault(script) + 1;
            ukrainian |= c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ';
            bulgarian |= c is 'ъ' or 'Ъ';
            persian |= c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی';
            urdu |= c is 'ٹ' or 'ڈ' or 'ڑ' or 'ے';
        }

        if (letters < 20)
        {
            return null;
        }

        if (scripts.GetValueOrDefault("kana") * 20 >= letters)
        {
            return "ja";
        }

        return scripts.MaxBy(kv => kv.Value).Key switch
        {
            "latin" => PlainLatin(text),
            "hangul" => "ko",
            "han" => "zh",
            "kana" => "ja",
            "cyrillic" => ukrainian ? "uk" : bulgarian && text.Count(x => x == 'ъ') * 200 > letters ? "bg" : "ru",
            "arabic" => urdu ? "ur" : persian ? "fa" : "ar",
            "greek" => "el",
            "hebrew" => "he",
            "thai" => "th",
            _ => null,
        };
    }

    private static string? PlainLatin(string text)
    {
        string[] words = WordTokenizer.Letters(text.ToLower(CultureInfo.InvariantCulture));
        if (words.Length == 0)
        {
            return null;
        }

        string? best = null;
        int bestScore = 0, secondScore = 0;
        foreach ((string language, HashSet<string> set) in LanguageGuesser.StopWords)
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

        return bestScore >= 3 && bestScore > secondScore ? best : null;
    }

    // The scripts the hand-written and random texts use; anything else counts as other.
    private static string Script(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' => "kana",
        >= '\uAC00' and <= '\uD7AF' => "hangul",
        >= '\u4E00' and <= '\u9FFF' => "han",
        >= '\u0400' and <= '\u052F' => "cyrillic",
        >= '\u0600' and <= '\u06FF' => "arabic",
        >= '\u0370' and <= '\u03FF' => "greek",
        >= '\u0590' and <= '\u05FF' => "hebrew",
        >= '\u0E00' and <= '\u0E7F' => "thai",
        _ when c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' => "latin",
        _ => "other",
    };
}
