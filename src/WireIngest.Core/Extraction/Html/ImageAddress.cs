using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html;
using WireIngest.Core.Sources.Http;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The address of an image element as a reader's browser ends up loading it, made absolute against the page's base.
/// Lazy-loading pages keep a placeholder in <c>src</c> (a <c>data:</c> URI, or nothing) and the image in <c>data-src</c>
/// or a similar attribute until a script copies it over; responsive ones may give only a <c>srcset</c>. A relative
/// address means nothing to a publishing pipeline that never saw the page, so it is resolved as the browser would:
/// against the page's <c>&lt;base href&gt;</c>, else the page's own address.
/// </summary>
internal static class ImageAddress
{
    // What lazy-loading scripts copy into src once the image scrolls into view (lazysizes, lozad, jQuery lazyload, WordPress).
    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-lazy"];

    private static readonly string[] SourceSets = ["srcset", "data-srcset", "data-lazy-srcset"];

    // Internal for the page walk (HtmlArticleExtractor.Queries), which answers it with the page's other queries.
    internal static readonly AngleSharp.Css.Dom.ISelector BaseElements = ParsedSelectors.Parse("base[href]");

    /// <summary>
    /// The image's address: a lazy-loading attribute, else <c>src</c>, else the widest (or densest) candidate of its
    /// <c>srcset</c>; <c>data:</c> placeholders and blank values are passed over. Absolute when <paramref name="pageBase"/>
    /// is known or the address already is; null when the element names no address.
    /// </summary>
    public static string? Of(IElement image, Uri? pageBase) => Of(image.GetAttribute, pageBase);

    /// <summary>
    /// <see cref="Of(IElement, Uri?)"/> of an image read through <paramref name="attribute"/> (its value of an attribute
    /// by name, null when absent): the same rule for an XML body's image element.
    /// </summary>
    public static string? Of(Func<string, string?> attribute, Uri? pageBase)
    {
        string? address = FirstUsable(attribute, LazySources) ?? Usable(attribute("src")) ?? FromSourceSets(attribute);
        return address is null ? null : Resolve(address, pageBase);
    }

    /// <summary>
    /// The base relative addresses on the page resolve against: its <c>&lt;base href&gt;</c> (itself resolved against
    /// the page's address), else <paramref name="pageUrl"/> (where the page was fetched from, else its canonical address).
    /// Only an http(s) base counts; null when there is none.
    /// </summary>
    public static Uri? BaseOf(PageElements page, string? pageUrl)
    {
        Uri? address = Web(pageUrl, null);
        // The first base element with an address, in document order, wherever it sits (the parser leaves one met in the body there).
        IReadOnlyList<IElement> declared = page.InDocument(BaseElements);
        return declared.Count > 0 ? Web(declared[0].GetAttribute("href"), address) ?? address : address;
    }

    /// <summary>
    /// A relative <paramref name="address"/> made absolute against <paramref name="pageBase"/>; an absolute one, or one
    /// that cannot be resolved, as written (trimmed).
    /// </summary>
    public static string Resolve(string address, Uri? pageBase)
    {
        string trimmed = address.Trim();
        return HttpUrls.TryParse(trimmed, out _) ? trimmed : Relative(trimmed, pageBase)?.AbsoluteUri ?? trimmed;
    }

    private static string? FirstUsable(Func<string, string?> attribute, string[] names)
    {
        foreach (string name in names)
        {
            if (Usable(attribute(name)) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    // Passed over: blanks, data: placeholders, and what is no address at all (a lazy-loader's JSON or markup in data-src).
    private static string? Usable(string? value)
    {
        ReadOnlySpan<char> text = value.AsSpan().Trim();
        return text.IsEmpty || text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || text[0] is '{' or '[' or '<' || text.Contains('"')
            ? null
            : value;
    }

    // The candidate a wide, dense screen would take: the largest width ("800w") or density ("2x") descriptor; without
    // descriptors (each is "1x") the first.
    private static string? FromSourceSets(Func<string, string?> attribute)
    {
        foreach (string name in SourceSets)
        {
            if (attribute(name) is not { Length: > 0 } set)
            {
                continue;
            }

            string? best = null;
            double bestSize = double.MinValue;
            foreach (SourceSet.ImageCandidate candidate in SourceSet.Parse(set))
            {
                double size = Size(candidate.Descriptor);
                if (Usable(candidate.Url) is { } url && size > bestSize)
                {
                    (best, bestSize) = (url, size);
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    // Widths and densities are not comparable, but a srcset uses one kind; a width is taken as larger than any density.
    private static double Size(string? descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor))
        {
            return 1;
        }

        string d = descriptor.Trim();
        char unit = d[^1];
        return unit is 'w' or 'x' && double.TryParse(d.AsSpan(0, d.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? (unit == 'w' ? 1_000 + value : value)
            : 1;
    }

    // An http(s) address (HttpUrls): absolute as written, or relative and resolved against the base. A Unix path
    // ("/img/a.jpg") reads as an absolute file: URI to .NET, so only the web schemes count as absolute.
    private static Uri? Web(string? address, Uri? pageBase)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        string trimmed = address.Trim();
        return HttpUrls.TryParse(trimmed, out Uri absolute) ? absolute : Relative(trimmed, pageBase);
    }

    private static Uri? Relative(string address, Uri? pageBase) =>
        pageBase is not null && Uri.TryCreate(pageBase, address, out Uri? resolved) && HttpUrls.IsHttp(resolved) ? resolved : null;
}
