using System.Xml.Linq;
using WireIngest.Core.Normalization;

namespace WireIngest.Core.Extraction.Wire;

/// <summary>Namespace-agnostic look-ups: wire formats come with and without namespaces, and with several versions of them.</summary>
internal static class XElementExtensions
{
    public static XElement? Child(this XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> ChildrenNamed(this XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> DescendantsNamed(this XElement? parent, string localName) =>
        parent is null ? [] : parent.Descendants().Where(e => e.Name.LocalName == localName);

    public static XElement? FirstDescendant(this XElement? parent, string localName) => parent.DescendantsNamed(localName).FirstOrDefault();

    /// <summary>The element's normalised text, or <c>null</c> when it is missing or blank.</summary>
    public static string? TextOrNull(this XElement? element) =>
        element is not null && XmlBodyReader.InlineText(element) is { Length: > 0 } text ? text : null;

    /// <summary>An attribute's trimmed value, or <c>null</c> when missing or blank.</summary>
    public static string? AttributeOrNull(this XElement? element, string localName) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value is { } value && TextNormalizer.NormalizeInline(value) is { Length: > 0 } text
            ? text
            : null;

    /// <summary>The <c>xml:lang</c> of the element or its nearest ancestor.</summary>
    public static string? Language(this XElement element) =>
        element.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
