using System.Reflection;
using System.Text;

namespace Summit.Core.Tests.Conventions;

/// <summary>
/// The public API is tracked in docs/api/public-api.txt: any change to it fails this test until the listing is
/// regenerated on purpose (run the tests with SUMMIT_UPDATE_PUBLIC_API=1) and the diff is reviewed.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedListing()
    {
        var actual = Describe();
        var path = System.IO.Path.Combine(RepositoryRoot.Path, "docs", "api", "public-api.txt");
        if (Environment.GetEnvironmentVariable("SUMMIT_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            expected == actual,
            "The public API changed. Review it, then regenerate docs/api/public-api.txt with SUMMIT_UPDATE_PUBLIC_API=1.\n"
            + string.Join("\n", Diff(expected, actual).Take(40)));
    }

    private static IEnumerable<string> Diff(string expected, string actual)
    {
        var e = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var a = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return a.Where(l => !e.Contains(l)).Select(l => "+ " + l).Concat(e.Where(l => !a.Contains(l)).Select(l => "- " + l));
    }

    private static string Describe()
    {
        var sb = new StringBuilder();
        foreach (var assembly in ConventionTests.Shipped)
        {
            sb.Append("assembly ").Append(assembly.GetName().Name).Append('\n');
            foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                sb.Append(Kind(type)).Append(' ').Append(Name(type));
                if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
                {
                    sb.Append(" : ").Append(Name(b));
                }

                sb.Append('\n');
                foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(Member).Where(m => m is not null).Order(StringComparer.Ordinal))
                {
                    sb.Append("  ").Append(member).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? "struct"
        : t.IsAbstract && t.IsSealed ? "static class"
        : t.IsAbstract ? "abstract class"
        : t.IsSealed ? "sealed class"
        : "class";

    private static string? Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo { IsSpecialName: true } mi when !mi.Name.StartsWith("op_", StringComparison.Ordinal) => null,
        MethodInfo mi when mi.Name is "<Clone>$" => null,
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Length > 0 ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsSpecialName ? null : $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : string.Empty)}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type => null,
        _ => null,
    };

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
        if (t.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            name += "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
