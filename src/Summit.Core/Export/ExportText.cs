using System.Text;
using System.Xml;

namespace Summit.Core.Export;

/// <summary>Makes user text safe for the export formats: no lone surrogates anywhere, no characters XML 1.0 forbids in XML.</summary>
internal static class ExportText
{
    /// <summary>Replaces lone UTF-16 surrogates with U+FFFD (JSON and UTF-8 writers reject them).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Cleans the text and drops the characters XML 1.0 does not allow (most control characters).</summary>
    public static string Xml(string? text)
    {
        var clean = Clean(text);
        for (var i = 0; i < clean.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(clean[i]) && !char.IsSurrogate(clean[i]))
            {
                var builder = new StringBuilder(clean.Length);
                foreach (var c in clean)
                {
                    if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }
                }

                return builder.ToString();
            }
        }

        return clean;
    }
}
