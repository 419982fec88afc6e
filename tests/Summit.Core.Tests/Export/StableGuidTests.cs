using Summit.Core.Export;

namespace Summit.Core.Tests.Export;

public sealed class StableGuidTests
{
    [Fact]
    public void Create_RfcDnsExample_MatchesPythonUuid5()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), StableGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void Create_AnyName_HasVersion5AndRfcVariant()
    {
        var text = StableGuid.ForTopic("pycon-us-2024-packaging", "metadata").ToString("D");

        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void ForTopic_SameIds_SameGuidDifferentIdsDifferentGuid()
    {
        Assert.Equal(StableGuid.ForTopic("s", "a"), StableGuid.ForTopic("s", "a"));
        Assert.NotEqual(StableGuid.ForTopic("s", "a"), StableGuid.ForTopic("s", "b"));
        Assert.NotEqual(StableGuid.ForTopic("s", "a"), StableGuid.ForTopic("t", "a"));
    }
}
