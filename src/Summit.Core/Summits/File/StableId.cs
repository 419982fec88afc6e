using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Summit.Core.Summits.File;

/// <summary>Short, deterministic ids for sheet rows that have no id column.</summary>
internal static class StableId
{
    /// <summary>The first 10 hex digits of the SHA-256 of the trimmed, lower-cased e-mail address.</summary>
    /// <remarks>The same address gives the same id on every machine and in every run, so ballots match registrations.</remarks>
    public static string ForEmail(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeEmail(email))))[..10];

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A lower-case slug of a title (ASCII letters and digits; runs of anything else become one '-'), cut at a word to at most 48 characters.</summary>
    public static string ForTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        if (slug.Length > 48)
        {
            var cut = slug.LastIndexOf('-', 48);
            slug = (cut > 0 ? slug[..cut] : slug[..48]).TrimEnd('-');
        }

        return slug.Length > 0
            ? slug
            : "topic-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim())))[..10].ToString(CultureInfo.InvariantCulture);
    }
}
