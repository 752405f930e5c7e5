using System.Reflection;
using NetArchTest.Rules;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// The wire format belongs to the Api project: its request types bind the bodies and map to commands, and the
/// ETag travels beside a representation (<c>Versioned&lt;T&gt;</c>), so Application needs no JSON attribute
/// (<c>JsonIgnore</c>, <c>JsonRequired</c>, …) and no serializer at all.
/// </summary>
public sealed class WireFormatRuleTests
{
    private static readonly Assembly Application = typeof(Application.Common.ApplicationAssembly).Assembly;

    [Fact]
    public void Application_does_not_reference_System_Text_Json()
    {
        // An attribute is compiled into a reference to its assembly, so this also catches [JsonIgnore] and friends.
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name == "System.Text.Json");
    }

    [Fact]
    public void No_Application_type_uses_the_System_Text_Json_namespace()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("System.Text.Json").GetResult();

        Assert.True(result.IsSuccessful, "Application types must not use System.Text.Json; offending types: " +
                                         string.Join(", ", result.FailingTypeNames ?? []));
    }
}
