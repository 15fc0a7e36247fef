namespace WireIngest.Core.Normalization;

/// <summary>Splits text into words: maximal runs of characters a predicate accepts.</summary>
internal static class WordTokenizer
{
    /// <summary>Runs of letters and digits ("AFP-JIJI" → AFP, JIJI).</summary>
    public static string[] LettersAndDigits(string text) => Split(text, char.IsLetterOrDigit);

    /// <summary>Runs of letters.</summary>
    public static string[] Letters(string text) => Split(text, char.IsLetter);

    private static string[] Split(string text, Func<char, bool> inWord)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && inWord(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return [.. words];
    }
}
