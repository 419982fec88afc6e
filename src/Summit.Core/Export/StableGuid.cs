using System.Security.Cryptography;
using System.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Name-based UUIDs (version 5, SHA-1, RFC 9562 §5.5): the same names give the same GUID on every machine and every export.</summary>
/// <remarks>
/// A summit's GUID is <c>UUIDv5(<see cref="SummitNamespace"/>, summitId)</c>; a topic's is <c>UUIDv5(summit GUID, "topic:" + topicId)</c>,
/// so it survives re-packing, renaming and re-exporting; other items use <c>"item:" + kind + ":" + blockId + ":" + room + ":" + local start</c>
/// and people <c>"person:" + name</c>. Names are encoded as UTF-8.
/// </remarks>
internal static class StableGuid
{
    /// <summary>Gets the namespace of Summit.Core summit ids: <c>5f3c1f2e-8a6b-4d0e-9c57-53756d6d6974</c> (fixed forever; the last bytes spell "Summit").</summary>
    public static Guid SummitNamespace { get; } = new("5f3c1f2e-8a6b-4d0e-9c57-53756d6d6974");

    /// <summary>Computes the version-5 UUID of <paramref name="name"/> in <paramref name="namespaceId"/>.</summary>
    /// <param name="namespaceId">The namespace UUID.</param>
    /// <param name="name">The name, encoded as UTF-8.</param>
    /// <returns>The UUID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it names things, it does not protect them.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>Gets the GUID of a summit.</summary>
    /// <param name="summitId">The summit id.</param>
    /// <returns>The GUID.</returns>
    public static Guid ForSummit(string summitId) => Create(SummitNamespace, summitId);

    /// <summary>Gets the GUID of a topic of a summit.</summary>
    /// <param name="summitId">The summit id.</param>
    /// <param name="topicId">The topic id.</param>
    /// <returns>The GUID.</returns>
    public static Guid ForTopic(string summitId, string topicId) => Create(ForSummit(summitId), "topic:" + topicId);

    /// <summary>Gets the GUID of an agenda item: its topic's GUID for topics, otherwise one derived from its kind, block, room and local start.</summary>
    /// <param name="summitId">The summit id.</param>
    /// <param name="item">The item.</param>
    /// <returns>The GUID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static Guid ForItem(string summitId, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.TopicId is not null
            ? ForTopic(summitId, item.TopicId)
            : Create(ForSummit(summitId), FormattableString.Invariant($"item:{item.Kind}:{item.BlockId}:{item.Room}:{item.LocalStart:uuuu-MM-ddTHH:mm}"));
    }

    /// <summary>Gets the GUID of a person (presenter) of a summit.</summary>
    /// <param name="summitId">The summit id.</param>
    /// <param name="name">The person's name.</param>
    /// <returns>The GUID.</returns>
    public static Guid ForPerson(string summitId, string name) => Create(ForSummit(summitId), "person:" + name);

    /// <summary>Gets the GUID of a room of a summit.</summary>
    /// <param name="summitId">The summit id.</param>
    /// <param name="room">The room name.</param>
    /// <returns>The GUID.</returns>
    public static Guid ForRoom(string summitId, string room) => Create(ForSummit(summitId), "room:" + room);
}
