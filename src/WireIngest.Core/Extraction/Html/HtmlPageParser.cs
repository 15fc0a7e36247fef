using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The AngleSharp parser every HTML reading of the worker uses: the full HTML5 tree construction, without scripting,
/// source references or attribute observers. The observers serve a browsing context (they resolve link relations, base
/// URLs and form state as attributes are set); extraction loads nothing and reads attributes as written, and running
/// them for every attribute of every element cost about 3 % of an ingest run.
/// </summary>
public static class HtmlPageParser
{
    /// <summary>A parser with extraction's configuration; safe to share between threads (each parse builds its own document).</summary>
    public static HtmlParser Create() => new(
        new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false },
        BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));
}
