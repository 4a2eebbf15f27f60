using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Catalog;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// <see cref="MemberId"/> is the one place that cuts documentation-comment ids apart: every shape
/// the catalog uses parses, display names follow one rule, the overload rules match what the engine
/// matches, and no text makes it throw.
/// </summary>
public sealed class MemberIdTests
{
    private const string Source = """
        namespace Ns
        {
            public class Outer
            {
                public class Inner
                {
                    public static string Get(object resolver, string name) => name;
                }
            }

            public class Box<T>
            {
                public Box() { }
                public Box(int size) { }
                public string this[string key] => key;
                public T Take() => default!;
                public U Map<U>(U value) => value;
                public U Map<U, V>(U value, V other) => value;
                public string Map(string value) => value;
                public event System.EventHandler? Changed;
                public int Count;
                public static implicit operator string(Box<T> box) => "";
            }
        }
        """;

    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "MemberIdTests",
        new[] { CSharpSyntaxTree.ParseText(Source) },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    [Fact]
    public void EveryCatalogIdParses()
    {
        Assert.All(SourceCatalog.All, entry =>
        {
            Assert.True(MemberId.TryParse(entry.MemberId, out var id), entry.MemberId);
            Assert.Equal(entry.MemberId, id.Text);
            Assert.NotEqual('T', id.Kind);
            Assert.NotEmpty(id.MemberName);
            Assert.StartsWith(id.TypeName + ".", entry.MemberId[2..], StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("M:Android.Provider.Settings.Secure.GetString(Android.Content.ContentResolver,System.String)", 'M', "Android.Provider.Settings.Secure", "GetString", "Android.Content.ContentResolver,System.String")]
    [InlineData("M:Microsoft.AspNetCore.Identity.UserManager`1.GetEmailAsync", 'M', "Microsoft.AspNetCore.Identity.UserManager`1", "GetEmailAsync", null)]
    [InlineData("M:Ns.Box`1.Map``2(``0,``1)", 'M', "Ns.Box`1", "Map", "``0,``1")]
    [InlineData("M:Android.Media.AudioRecord.#ctor", 'M', "Android.Media.AudioRecord", "#ctor", null)]
    [InlineData("M:Ns.Box`1.#ctor(System.Int32)", 'M', "Ns.Box`1", "#ctor", "System.Int32")]
    [InlineData("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Item(System.String)", 'P', "Microsoft.AspNetCore.Http.IHeaderDictionary", "Item", "System.String")]
    [InlineData("P:UIKit.UIDevice.IdentifierForVendor", 'P', "UIKit.UIDevice", "IdentifierForVendor", null)]
    [InlineData("E:CoreLocation.CLLocationManager.LocationsUpdated", 'E', "CoreLocation.CLLocationManager", "LocationsUpdated", null)]
    [InlineData("F:Ns.Box`1.Count", 'F', "Ns.Box`1", "Count", null)]
    [InlineData("M:Ns.Box`1.op_Implicit(Ns.Box{`0})~System.String", 'M', "Ns.Box`1", "op_Implicit", "Ns.Box{`0}")]
    [InlineData("M:Ns.T.M()", 'M', "Ns.T", "M", "")]
    public void PartsAreCutOutOnce(string text, char kind, string type, string member, string? parameters)
    {
        Assert.True(MemberId.TryParse(text, out var id));
        Assert.Equal(kind, id.Kind);
        Assert.Equal(type, id.TypeName);
        Assert.Equal("T:" + type, id.ContainingTypeId);
        Assert.Equal(member, id.MemberName);
        Assert.Equal(parameters, id.Parameters);
        Assert.Equal(parameters is not null, id.HasParameters);
        Assert.Equal(kind == 'M' && parameters is null, id.AllOverloads);
    }

    [Fact]
    public void TypeIdsHaveNoMember()
    {
        Assert.True(MemberId.TryParse("T:Microsoft.AspNetCore.Identity.UserManager`1", out var id));
        Assert.Equal('T', id.Kind);
        Assert.Equal("Microsoft.AspNetCore.Identity.UserManager`1", id.TypeName);
        Assert.Equal("UserManager`1", id.TypeMetadataName);
        Assert.Equal(string.Empty, id.MemberName);
        Assert.Equal("UserManager", id.Display);
    }

    [Theory]
    [InlineData("P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", "ConnectionInfo.RemoteIpAddress")]
    [InlineData("M:Microsoft.AspNetCore.Identity.UserManager`1.GetEmailAsync", "UserManager.GetEmailAsync")]
    [InlineData("M:Ns.Box`1.Map``2(``0,``1)", "Box.Map")]
    [InlineData("M:Android.Media.AudioRecord.#ctor", "new AudioRecord")]
    [InlineData("M:Ns.Box`1.#ctor(System.Int32)", "new Box")]
    [InlineData("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Item(System.String)", "IHeaderDictionary[…]")]
    [InlineData("M:Android.Provider.Settings.Secure.GetString(Android.Content.ContentResolver,System.String)", "Secure.GetString")]
    [InlineData("E:CoreLocation.CLLocationManager.LocationsUpdated", "CLLocationManager.LocationsUpdated")]
    public void DisplayNamesFollowOneRule(string text, string display)
    {
        Assert.True(MemberId.TryParse(text, out var id));
        Assert.Equal(display, id.Display);
        Assert.Equal(display, MemberId.DisplayNameOf(text));
    }

    [Fact]
    public void AnUnparsableIdIsItsOwnDisplayName() => Assert.Equal("binding:Email", MemberId.DisplayNameOf("binding:Email"));

    [Theory]
    [InlineData("M:Ns.Outer.Inner.Get(System.Object,System.String)", "android_id", "Outer.Inner.Get(\"android_id\")")]
    [InlineData("M:Ns.Outer.Inner.Get(System.Object,System.String)", null, "Outer.Inner.Get")]
    [InlineData("P:Ns.Box`1.Item(System.String)", "User-Agent", "Box[\"User-Agent\"]")]
    [InlineData("P:Ns.Box`1.Item(System.String)", null, "Box[…]")]
    [InlineData("M:Ns.Box`1.#ctor", null, "new Box")]
    [InlineData("M:Ns.Box`1.Take", null, "Box.Take")]
    [InlineData("E:Ns.Box`1.Changed", null, "Box.Changed")]
    public void SymbolsDisplayAsTheyAreWritten(string id, string? argumentValue, string display)
    {
        var symbol = Resolve(id).First();
        Assert.Equal(display, MemberId.DisplayName(symbol, argumentValue));
    }

    [Fact]
    public void AnAllOverloadsIdMatchesEveryOverloadOfAnyArity()
    {
        Assert.True(MemberId.TryParse("M:Ns.Box`1.Map", out var all));
        var overloads = Members("Map");
        Assert.Equal(3, overloads.Count);
        Assert.All(overloads, m => Assert.True(all.Matches(IdOf(m)), IdOf(m).Text));
        Assert.False(all.Matches(IdOf(Members("Take").Single())));
        Assert.Equal("M:Ns.Box`1.Map", IdOf(overloads[1]).OverloadKey);
    }

    [Fact]
    public void AnIdWithParametersMatchesExactlyOneOverload()
    {
        Assert.True(MemberId.TryParse("M:Ns.Box`1.Map(System.String)", out var one));
        Assert.Single(Members("Map"), m => one.Matches(IdOf(m)));
        Assert.True(MemberId.TryParse("M:Ns.Box`1.#ctor", out var constructors));
        Assert.Equal(2, Members(WellKnownMemberNames.InstanceConstructorName).Count(m => constructors.Matches(IdOf(m))));
    }

    [Fact]
    public void TheReturnTypeOfAConversionIsIgnored()
    {
        var conversion = IdOf(Members("op_Implicit").Single());
        Assert.EndsWith("~System.String", conversion.Text, StringComparison.Ordinal);
        Assert.True(MemberId.TryParse("M:Ns.Box`1.op_Implicit(Ns.Box{`0})", out var catalogued));
        Assert.True(catalogued.Matches(conversion));
        Assert.Equal("M:Ns.Box`1.op_Implicit(Ns.Box{`0})", conversion.WithoutReturnType);
    }

    [Theory]
    [InlineData("M:Ns.Box`1.Map", 3)]
    [InlineData("M:Ns.Box`1.#ctor", 2)]
    [InlineData("M:Ns.Box`1.Map(System.String)", 1)]
    [InlineData("P:Ns.Box`1.Item(System.String)", 1)]
    [InlineData("M:Ns.Box`1.Missing", 0)]
    [InlineData("not an id", 0)]
    public void TheResolverFollowsTheSameRules(string id, int count) => Assert.Equal(count, Resolve(id).Count);

    [Fact]
    public void SymbolNamesAreRoslyns()
    {
        Assert.True(MemberId.TryParse("M:Android.Media.AudioRecord.#ctor", out var constructor));
        Assert.Equal(".ctor", constructor.SymbolName);
        Assert.True(MemberId.TryParse("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Item(System.String)", out var indexer));
        Assert.Equal("this[]", indexer.SymbolName);
        Assert.True(indexer.IsIndexer);
        Assert.True(MemberId.TryParse("M:Ns.Box`1.Map``2(``0,``1)", out var generic));
        Assert.Equal("Map", generic.SymbolName);
        Assert.Equal("Box`1", generic.TypeMetadataName);
        Assert.Equal("Box", generic.TypeSimpleName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("M:")]
    [InlineData("M:Foo")]
    [InlineData("X:Ns.Type.Member")]
    [InlineData("m:Ns.Type.Member")]
    [InlineData("M:Ns.Type.")]
    [InlineData("M:.Type.Member")]
    [InlineData("M:Ns..Member")]
    [InlineData("M:Ns.Type.Member(")]
    [InlineData("M:Ns.Type.Member(System.String")]
    [InlineData("M:Ns.Type.Member(System.String)x")]
    [InlineData("M:Ns.Type.Member(System.String)~")]
    [InlineData("M:Ns.Type.Get Email")]
    [InlineData("F:Ns.Type.Field(System.String)")]
    [InlineData("T:Ns.Type(System.String)")]
    [InlineData("M:(System.String)")]
    public void MalformedIdsAreRejected(string? text)
    {
        Assert.False(MemberId.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Equal(text, MemberId.DisplayNameOf(text));
        }
    }

    [Fact]
    public void NoTextMakesItThrow()
    {
        var random = new Random(12);
        const string alphabet = "MPFETN:.()`~#,{}[]@* aZ09_";
        for (var i = 0; i < 20000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (MemberId.TryParse(text, out var id))
            {
                // Every part of an id that parsed can be asked for.
                _ = (id.Kind, id.TypeName, id.TypeMetadataName, id.TypeSimpleName, id.MemberName, id.SymbolName, id.Parameters);
                _ = (id.OverloadKey, id.WithoutReturnType, id.Display, id.ContainingTypeId, id.Matches(id));
            }
        }
    }

    private static List<ISymbol> Resolve(string id)
    {
        var results = new List<ISymbol>();
        PrivacyAnalyzers.Engine.MemberIdResolver.Resolve(Compilation, id, results);
        return results;
    }

    private static List<ISymbol> Members(string name)
        => Compilation.GetTypeByMetadataName("Ns.Box`1")!.GetMembers(name).ToList();

    private static MemberId IdOf(ISymbol symbol)
    {
        Assert.True(MemberId.TryCreate(symbol, out var id));
        return id;
    }
}
