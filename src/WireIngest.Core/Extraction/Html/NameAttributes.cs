using AngleSharp.Dom;

namespace WireIngest.Core.Extraction.Html;

/// <summary>
/// The attribute values an element's names are made of (<see cref="HtmlRules.NamesOf"/> joins them): class, id, role
/// and itemprop, read in one pass over the attributes; the last of a duplicated name wins. The parser lower-cases HTML
/// attribute names and drops duplicates.
/// </summary>
internal readonly record struct NameAttributes(string? Class, string? Id, string? Role, string? Itemprop)
{
    /// <summary>Whether the element carries none of the four attributes.</summary>
    public bool IsEmpty => Class is null && Id is null && Role is null && Itemprop is null;

    /// <summary>Reads the four values of <paramref name="element"/>.</summary>
    public static NameAttributes Of(IElement element)
    {
        // One pass over the attributes instead of four by-name lookups (each lower-cases the name).
        INamedNodeMap attributes = element.Attributes;
        string? cls = null, id = null, role = null, itemprop = null;
        for (int i = 0; i < attributes.Length; i++)
        {
            IAttr attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "role": role = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
            }
        }

        return new NameAttributes(cls, id, role, itemprop);
    }
}
