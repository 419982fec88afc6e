using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Summit.Core;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; the builder behind collection expressions (<c>[]</c>, <c>[a, b]</c>, <c>[.. xs]</c>).</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the elements.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The array; empty when <paramref name="items"/> is empty.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? default : new EquatableArray<T>(ImmutableArray.Create(items));

    /// <summary>Converts an immutable array of immutable arrays (the outer array is copied, the inner ones are not).</summary>
    /// <exception cref="ArgumentException">An array is a default (uninitialized) one.</exception>
    internal static EquatableArray<EquatableArray<T>> Nest<T>(ImmutableArray<ImmutableArray<T>> items)
    {
        if (items.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) ImmutableArray is not an array; use [] for an empty one.", nameof(items));
        }

        var nested = new EquatableArray<T>[items.Length];
        for (var i = 0; i < nested.Length; i++)
        {
            nested[i] = items[i];
        }

        return new EquatableArray<EquatableArray<T>>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(nested));
    }
}

/// <summary>
/// An immutable array compared by content: the array type of the public records of Summit.Core. It wraps an
/// <see cref="ImmutableArray{T}"/> at no cost (a struct of one field) and adds what records need of their members:
/// element-wise equality and hash, a <see cref="ToString"/> that prints the elements, and no default state to trip on.
/// </summary>
/// <typeparam name="T">The type of the elements.</typeparam>
/// <remarks>
/// <para><c>default(EquatableArray&lt;T&gt;)</c> is the empty array: every member works on it and it equals <c>[]</c>.</para>
/// <para>Equality compares the elements in order with <see cref="EqualityComparer{T}.Default"/> (ordinal for strings),
/// so nested <see cref="EquatableArray{T}"/> values compare by content too. A default <see cref="ImmutableArray{T}"/>
/// is refused with an <see cref="ArgumentException"/> when it is converted, so it fails where it is made, not later.</para>
/// <para>Converts implicitly from <see cref="ImmutableArray{T}"/> and arrays (copied), and to <see cref="ImmutableArray{T}"/>.</para>
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Initializes a new instance of the <see cref="EquatableArray{T}"/> struct over the elements of an immutable array (not copied).</summary>
    /// <param name="items">The elements.</param>
    /// <exception cref="ArgumentException"><paramref name="items"/> is a default (uninitialized) array.</exception>
    public EquatableArray(ImmutableArray<T> items)
    {
        if (items.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) ImmutableArray is not an array; use [] for an empty one.", nameof(items));
        }

        _items = items;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Length => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets the number of elements (the same as <see cref="Length"/>).</summary>
    public int Count => Length;

    /// <summary>Gets a value indicating whether the array has no elements.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Gets a value indicating whether the array has no elements; the same as <see cref="IsEmpty"/>, kept for source compatibility with <see cref="ImmutableArray{T}"/>.</summary>
    public bool IsDefaultOrEmpty => Length == 0;

    /// <summary>Gets the element at an index.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The element.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Length"/>.</exception>
    public T this[int index] => Items[index];

    private ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Converts an immutable array (not copied).</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentException"><paramref name="items"/> is a default (uninitialized) array.</exception>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Converts an array (copied).</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static implicit operator EquatableArray<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return EquatableArray.Create<T>(items);
    }

    /// <summary>Converts to an immutable array (not copied); the empty array for a default value, never a default one.</summary>
    /// <param name="items">The array.</param>
    /// <returns>The elements.</returns>
    public static implicit operator ImmutableArray<T>(EquatableArray<T> items) => items.Items;

    /// <summary>Returns whether two arrays hold equal elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when equal by content.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Returns whether two arrays differ in length or in an element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when not equal by content.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Returns the elements as an immutable array (not copied); the empty array for a default value, never a default one.</summary>
    /// <returns>The elements.</returns>
    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>Returns the elements as a read-only span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <summary>Returns a part of the array (not copied); with <see cref="Length"/> this makes ranges (<c>xs[1..]</c>) work.</summary>
    /// <param name="start">The index of the first element.</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is outside the array.</exception>
    public EquatableArray<T> Slice(int start, int length) => new(Items.Slice(start, length));

    /// <summary>Returns an enumerator over the elements; a struct, so <c>foreach</c> does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Returns whether another array holds equal elements in the same order (compared with <see cref="EqualityComparer{T}.Default"/>).</summary>
    /// <param name="other">The other array.</param>
    /// <returns>True when equal by content.</returns>
    public bool Equals(EquatableArray<T> other)
    {
        var left = AsSpan();
        var right = other.AsSpan();
        if (left.Length != right.Length)
        {
            return false;
        }

        if (left.Length == 0 || Unsafe.AreSame(ref Unsafe.AsRef(in left[0]), ref Unsafe.AsRef(in right[0])))
        {
            return true;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>Returns a hash of the elements, consistent with <see cref="Equals(EquatableArray{T})"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Length);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements as <c>[a, b, c]</c>, each formatted with the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder("[");
        var items = AsSpan();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(items[i] switch
            {
                null => "null",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var item => item.ToString(),
            });
        }

        return text.Append(']').ToString();
    }
}
