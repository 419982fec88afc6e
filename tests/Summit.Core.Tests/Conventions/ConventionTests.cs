using System.Reflection;
using System.Runtime.CompilerServices;
using FluentResults;
using Summit.Core.Testing;

namespace Summit.Core.Tests.Conventions;

/// <summary>House rules enforced by reflection rather than by review (the NodaTime way).</summary>
public sealed class ConventionTests
{
    internal static readonly Assembly[] Shipped = [typeof(SummitError).Assembly, typeof(ResultCodes).Assembly, typeof(Summit.Core.Forms.SummitForms).Assembly];

    private static IEnumerable<Type> PublicTypes => Shipped.SelectMany(a => a.GetExportedTypes());

    [Fact]
    public void EveryPublicClass_IsSealedAbstractOrStatic()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "Not sealed: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "Not readonly: " + string.Join(", ", offenders));
    }

    [Fact]
    public void DomainTypes_HaveNoPublicMutableSetters()
    {
        // Options classes (bound by DI) and test-helper builders are mutable by design.
        var offenders = PublicTypes
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, "Public setters: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryErrorCode_IsDocumented_AndUnique()
    {
        var codes = typeof(ErrorCodes).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "error-codes.md"));
        var missing = codes.Where(c => !doc.Contains($"`{c}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Undocumented codes: " + string.Join(", ", missing));
    }

    [Fact]
    public void PublicRecords_HoldEquatableArrays_NotImmutableArrays()
    {
        // Records compare ImmutableArray members by reference, print them as a type name and accept a default array
        // that fails later; EquatableArray<T> compares and prints by content and refuses default arrays (decision 0009).
        // No exceptions so far; add one here only with a reason.
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var offenders = PublicTypes
            .Where(IsRecord)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => MentionsImmutableArray(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .Where(name => !allowed.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(PublicTypes.Count(IsRecord) > 20, "The record detection found too few records.");
        Assert.True(offenders.Count == 0, "Public records with ImmutableArray properties (use EquatableArray<T>): " + string.Join(", ", offenders));
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool MentionsImmutableArray(Type type) =>
        type.IsGenericType
        && (type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            || type.GetGenericArguments().Any(MentionsImmutableArray));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
