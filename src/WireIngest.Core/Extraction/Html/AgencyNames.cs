namespace WireIngest.Core.Extraction.Html;

/// <summary>News agencies whose name in a page's author/provider metadata marks a syndicated agency story.</summary>
internal static class AgencyNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "Thomson Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Agence France-Presse", "Agence France Presse",
        "dpa", "Deutsche Presse-Agentur", "ANSA", "EFE", "Agencia EFE", "Kyodo", "Kyodo News", "Jiji", "Jiji Press", "Xinhua", "Yonhap",
        "PA", "PA Media", "Press Association", "AAP", "Australian Associated Press", "The Canadian Press", "Canadian Press", "UPI",
        "Belga", "TASS", "ANP", "APA", "Ritzau", "NTB", "TT", "STT", "PTI", "Press Trust of India", "IANS", "ANI", "Bloomberg", "AP News",
    };

    /// <summary>The first agency among the names, as written, or <c>null</c>.</summary>
    public static string? FirstAgency(IEnumerable<string?> names)
    {
        foreach (string? name in names)
        {
            if (name is null)
            {
                continue;
            }

            string trimmed = name.Trim();
            if (Known.Contains(trimmed))
            {
                return trimmed;
            }
        }

        return null;
    }
}
