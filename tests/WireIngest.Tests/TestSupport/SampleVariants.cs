using System.Globalization;
using System.Text;

namespace WireIngest.Tests.TestSupport;

/// <summary>
/// Many distinct documents made from the repository's samples: variant <c>n</c> of a sample gets its provider ids, its
/// "fictional" places (several headlines) and its body text numbered, so every variant is a story of its own and every
/// format of the inbox is in the mix.
/// </summary>
internal static class SampleVariants
{
    /// <summary>Writes <paramref name="count"/> documents into <paramref name="folder"/>; every <paramref name="badEvery"/>th is empty or binary.</summary>
    /// <returns>How many of them are good documents (one story each).</returns>
    public static int Write(string folder, int count, int badEvery = 0)
    {
        Directory.CreateDirectory(folder);
        string[] samples = [.. Directory.GetFiles(Samples.InboxPath).Order(StringComparer.Ordinal)];
        int good = 0;
        for (int n = 0; n < count; n++)
        {
            string sample = samples[n % samples.Length];
            string name = string.Create(CultureInfo.InvariantCulture, $"{n:D5}-{Path.GetFileName(sample)}");
            string path = Path.Combine(folder, name);
            if (badEvery > 0 && n % badEvery == badEvery - 1)
            {
                File.WriteAllBytes(path, n % 2 == 0 ? [] : [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3]);
                continue;
            }

            File.WriteAllText(path, Vary(File.ReadAllText(sample, Encoding.UTF8), n), new UTF8Encoding(false));
            good++;
        }

        return good;
    }

    /// <summary>Variant <paramref name="n"/> of a sample's text.</summary>
    public static string Vary(string text, int n)
    {
        ArgumentNullException.ThrowIfNull(text);
        string tag = n.ToString(CultureInfo.InvariantCulture);
        return text
            .Replace("SAMPLE", "SAMPLE" + tag, StringComparison.Ordinal)
            .Replace("sample", "sample" + tag, StringComparison.Ordinal)
            .Replace("ictional", "ictional " + tag, StringComparison.Ordinal)
            .Replace(" the ", $" the {tag} ", StringComparison.Ordinal);
    }
}
