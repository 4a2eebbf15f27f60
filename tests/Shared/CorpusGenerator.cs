using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>What to generate: size, seed and how often a method collects personal data.</summary>
/// <param name="Seed">Same seed, same corpus, byte for byte.</param>
/// <param name="TargetLines">Modules are added until the corpus has at least this many lines.</param>
/// <param name="MethodsPerSite">About one generated method in this many is a collection site (50: realistic; 5: dense).</param>
/// <param name="DeclaredFraction">The share of collection-site methods that carry a <c>[CollectsPersonalData]</c>.</param>
public sealed record CorpusOptions(int Seed = 20240601, int TargetLines = 100_000, int MethodsPerSite = 50, double DeclaredFraction = 0.5)
{
    /// <summary>The realistic corpus: about 1 method in 50 collects personal data.</summary>
    public static CorpusOptions Realistic(int targetLines) => new(TargetLines: targetLines, MethodsPerSite: 50);

    /// <summary>The dense corpus: about 1 method in 5 collects personal data.</summary>
    public static CorpusOptions Dense(int targetLines) => new(Seed: 7, TargetLines: targetLines, MethodsPerSite: 5);
}

/// <summary>One generated source file.</summary>
public sealed record CorpusFile(string Path, string Text, int Lines);

/// <summary>A generated code base and what it contains.</summary>
public sealed record Corpus(IReadOnlyList<CorpusFile> Files, int Lines, int Methods, int SiteMethods, int DeclaredSiteMethods);

/// <summary>
/// Writes a realistic, deterministic code base in memory: per business module an entity with its
/// records, a repository, a service, an ASP.NET Core controller, a view model, mappings, a validator
/// and a report builder; async code, LINQ (method and query syntax), pattern matching, records,
/// local functions, iterators. About one method in <see cref="CorpusOptions.MethodsPerSite"/>
/// collects personal data through real base-library and ASP.NET Core APIs from the catalog (caller
/// IP address, user agent, cookies, MAC address, e-mail claims, <c>UserManager&lt;T&gt;</c>, a user
/// <c>[PersonalDataSource]</c>), half of them declared with <c>[CollectsPersonalData]</c>.
/// The code compiles against the .NET and ASP.NET Core shared frameworks and the annotations assembly.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Nouns =
    {
        "Order", "Invoice", "Customer", "Product", "Shipment", "Payment", "Ticket", "Contract", "Supplier", "Warehouse",
        "Employee", "Project", "Campaign", "Lead", "Subscription", "Refund", "Coupon", "Review", "Booking", "Vehicle",
        "Itinerary", "Device", "Asset", "Budget", "Expense", "Report", "Survey", "Course", "Lesson", "Membership",
        "Appointment", "Prescription", "Claim", "Policy", "Account", "Transfer", "Loan", "Portfolio", "Article", "Comment",
        "Notification", "Schedule", "Shift", "Timesheet", "Inventory", "Basket", "Voucher", "Partner", "Territory", "Store",
    };

    private static readonly string[] Areas = { "Shop", "Crm", "Billing", "Logistics", "People", "Support", "Finance", "Content" };

    /// <summary>Generates the corpus described by <paramref name="options"/>.</summary>
    public static Corpus Generate(CorpusOptions options)
    {
        var state = new GeneratorState(options);
        var files = new List<CorpusFile>();
        Add(files, "Common/Infrastructure.cs", Infrastructure());
        for (var module = 0; state.Lines(files) < options.TargetLines; module++)
        {
            var noun = Nouns[module % Nouns.Length] + (module < Nouns.Length ? string.Empty : (module / Nouns.Length + 1).ToString(CultureInfo.InvariantCulture));
            var area = Areas[module % Areas.Length];
            var m = new Module(noun, area);
            Add(files, m.Folder + "/" + noun + ".cs", Entity(m, state));
            Add(files, m.Folder + "/" + noun + "Repository.cs", Repository(m, state));
            Add(files, m.Folder + "/" + noun + "Service.cs", Service(m, state));
            Add(files, m.Folder + "/" + m.Plural + "Controller.cs", Controller(m, state));
            Add(files, m.Folder + "/" + noun + "ListViewModel.cs", ViewModel(m, state));
            Add(files, m.Folder + "/" + noun + "Mappings.cs", Mappings(m, state));
            Add(files, m.Folder + "/" + noun + "Validator.cs", Validator(m, state));
            Add(files, m.Folder + "/" + noun + "ReportBuilder.cs", ReportBuilder(m, state));
        }

        return new Corpus(files, state.Lines(files), state.Methods, state.SiteMethods, state.DeclaredSiteMethods);
    }

    private static void Add(List<CorpusFile> files, string path, string text)
    {
        var lines = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        files.Add(new CorpusFile(path, text, lines));
    }

    private const string Usings = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Globalization;
        using System.Linq;
        using System.Net.NetworkInformation;
        using System.Runtime.CompilerServices;
        using System.Security.Claims;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Common;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Caching.Memory;
        using Microsoft.Extensions.Logging;
        using Microsoft.Net.Http.Headers;
        using PrivacyAnalyzers;

        """;

    private static string Infrastructure() => Usings + """
        namespace Contoso.Common
        {
            using System.ComponentModel;
            using System.Windows.Input;

            public sealed record ValidationError(string Field, string Message);

            public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
            {
                public int Pages => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;

                public bool HasNext => Page < Pages;
            }

            public class AppUser : IdentityUser
            {
                public string? DisplayName { get; set; }

                public DateTime? LastSeenAt { get; set; }
            }

            public abstract class ViewModelBase : INotifyPropertyChanged
            {
                public event PropertyChangedEventHandler? PropertyChanged;

                protected bool SetProperty<T>(ref T field, T value, [CallerMemberName] string? name = null)
                {
                    if (EqualityComparer<T>.Default.Equals(field, value))
                    {
                        return false;
                    }

                    field = value;
                    OnPropertyChanged(name);
                    return true;
                }

                protected void OnPropertyChanged([CallerMemberName] string? name = null)
                    => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
            }

            public sealed class RelayCommand : ICommand
            {
                private readonly Action<object?> execute;
                private readonly Func<object?, bool>? canExecute;

                public RelayCommand(Action<object?> execute, Func<object?, bool>? canExecute = null)
                {
                    this.execute = execute ?? throw new ArgumentNullException(nameof(execute));
                    this.canExecute = canExecute;
                }

                public event EventHandler? CanExecuteChanged;

                public bool CanExecute(object? parameter) => canExecute?.Invoke(parameter) ?? true;

                public void Execute(object? parameter) => execute(parameter);

                public void RaiseCanExecuteChanged() => CanExecuteChanged?.Invoke(this, EventArgs.Empty);
            }

            /// <summary>The company's own customer directory: reading a contact address is collection.</summary>
            public sealed class CustomerDirectory
            {
                private readonly Dictionary<int, string> emails = new Dictionary<int, string>();

                [PersonalDataSource(DataCategories.Email)]
                public string GetContactEmail(int customerId)
                    => emails.TryGetValue(customerId, out var email) ? email : string.Empty;

                public void Register(int customerId, string email) => emails[customerId] = email;

                public int Count => emails.Count;
            }

            public static class Guard
            {
                public static string NotEmpty(string? value, string name)
                    => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Value required.", name) : value;

                public static int Positive(int value, string name)
                    => value <= 0 ? throw new ArgumentOutOfRangeException(name, value, "Must be positive.") : value;
            }
        }

        """;

    private static string Entity(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                public enum {{e}}Status
                {
                    Draft,
                    Active,
                    Suspended,
                    Archived,
                }

                public sealed class {{e}}
                {
                    public int Id { get; set; }

                    public string Name { get; set; } = string.Empty;

                    public string Code { get; set; } = string.Empty;

                    public decimal Amount { get; set; }

                    public int Quantity { get; set; }

                    public DateTime CreatedAt { get; set; }

                    public DateTime? UpdatedAt { get; set; }

                    public {{e}}Status Status { get; set; }

                    public List<string> Tags { get; } = new List<string>();

                    public int? ParentId { get; set; }

                    public int OwnerId { get; set; }

                    public string? Notes { get; set; }

                    public string? Region { get; set; }

                    public int Priority { get; set; }

                    public double Score { get; set; }

                    public bool IsActive => Status == {{e}}Status.Active;

                    public bool IsOverdue(DateTime now) => IsActive && CreatedAt.AddDays({{s.Next(7, 90)}}) < now;

                    public override string ToString() => $"{Name} ({Id})";

            """);
        for (var i = 0; i < s.Next(2, 5); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Entity));
        }

        b.Append($$"""
                }

                public sealed record {{e}}Dto(int Id, string Name, decimal Amount, {{e}}Status Status, DateTime CreatedAt);

                public sealed record {{e}}Summary({{e}}Status Status, int Count, decimal Total, decimal Average);

                public sealed record Create{{e}}Request(string Name, decimal Amount, int Quantity, string? Notes);

                public sealed record {{e}}Query(string? Search, {{e}}Status? Status, int Page = 1, int PageSize = 20);
            }

            """);
        return b.ToString();
    }

    private static string Repository(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                public interface I{{e}}Repository
                {
                    Task<{{e}}?> FindAsync(int id, CancellationToken cancellationToken);

                    Task<IReadOnlyList<{{e}}>> ListAsync({{e}}Query query, CancellationToken cancellationToken);

                    Task AddAsync({{e}} entity, CancellationToken cancellationToken);

                    Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);

                    IQueryable<{{e}}> Query();
                }

            {{s.ClassAttribute()}}    public sealed class InMemory{{e}}Repository : I{{e}}Repository
                {
                    private readonly ConcurrentDictionary<int, {{e}}> items = new ConcurrentDictionary<int, {{e}}>();
                    private int nextId;

                    public Task<{{e}}?> FindAsync(int id, CancellationToken cancellationToken)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        return Task.FromResult(items.TryGetValue(id, out var entity) ? entity : null);
                    }

                    public Task<IReadOnlyList<{{e}}>> ListAsync({{e}}Query query, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(query);
                        IEnumerable<{{e}}> result = items.Values;
                        if (!string.IsNullOrWhiteSpace(query.Search))
                        {
                            result = result.Where(x => x.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase)
                                || x.Code.StartsWith(query.Search, StringComparison.OrdinalIgnoreCase));
                        }

                        if (query.Status is { } status)
                        {
                            result = result.Where(x => x.Status == status);
                        }

                        IReadOnlyList<{{e}}> page = result
                            .OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                            .ThenBy(x => x.Id)
                            .Skip((query.Page - 1) * query.PageSize)
                            .Take(query.PageSize)
                            .ToList();
                        return Task.FromResult(page);
                    }

                    public Task AddAsync({{e}} entity, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(entity);
                        entity.Id = Interlocked.Increment(ref nextId);
                        items[entity.Id] = entity;
                        return Task.CompletedTask;
                    }

                    public Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
                        => Task.FromResult(items.TryRemove(id, out _));

                    public IQueryable<{{e}}> Query() => items.Values.AsQueryable();

            """);
        for (var i = 0; i < s.Next(10, 16); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Repository));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string Service(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                public interface I{{e}}Service
                {
                    Task<{{e}}Dto?> FindAsync(int id, CancellationToken cancellationToken);

                    Task<PagedResult<{{e}}Dto>> ListAsync({{e}}Query query, CancellationToken cancellationToken);

                    Task<{{e}}Dto> CreateAsync(Create{{e}}Request request, CancellationToken cancellationToken);

                    Task<bool> ArchiveAsync(int id, CancellationToken cancellationToken);

                    Task<IReadOnlyList<{{e}}Summary>> SummarizeAsync(CancellationToken cancellationToken);
                }

            {{s.ClassAttribute()}}    public sealed class {{e}}Service : I{{e}}Service
                {
                    private readonly I{{e}}Repository repository;
                    private readonly ILogger<{{e}}Service> logger;
                    private readonly IMemoryCache cache;

                    public {{e}}Service(I{{e}}Repository repository, ILogger<{{e}}Service> logger, IMemoryCache cache)
                    {
                        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));
                        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
                        this.cache = cache ?? throw new ArgumentNullException(nameof(cache));
                    }

                    public async Task<{{e}}Dto?> FindAsync(int id, CancellationToken cancellationToken)
                    {
                        var entity = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                        return entity?.ToDto();
                    }

                    public async Task<PagedResult<{{e}}Dto>> ListAsync({{e}}Query query, CancellationToken cancellationToken)
                    {
                        var items = await repository.ListAsync(query, cancellationToken).ConfigureAwait(false);
                        var total = repository.Query().Count(x => query.Status == null || x.Status == query.Status);
                        return new PagedResult<{{e}}Dto>(items.Select(x => x.ToDto()).ToList(), query.Page, query.PageSize, total);
                    }

                    public async Task<{{e}}Dto> CreateAsync(Create{{e}}Request request, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(request);
                        var errors = {{e}}Validator.Validate(request);
                        if (errors.Count > 0)
                        {
                            throw new InvalidOperationException(string.Join("; ", errors.Select(x => x.Field + ": " + x.Message)));
                        }

                        var entity = new {{e}}
                        {
                            Name = request.Name.Trim(),
                            Amount = Math.Round(request.Amount, 2),
                            Quantity = request.Quantity,
                            Notes = request.Notes,
                            CreatedAt = DateTime.UtcNow,
                            Status = {{e}}Status.Draft,
                        };
                        await repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                        logger.LogInformation("Created {{m.Lower}} {Id}", entity.Id);
                        return entity.ToDto();
                    }

                    public async Task<bool> ArchiveAsync(int id, CancellationToken cancellationToken)
                    {
                        var entity = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                        if (entity is not { Status: {{e}}Status.Active or {{e}}Status.Suspended })
                        {
                            return false;
                        }

                        entity.Status = {{e}}Status.Archived;
                        entity.UpdatedAt = DateTime.UtcNow;
                        cache.Remove("{{m.Lower}}:" + id.ToString(CultureInfo.InvariantCulture));
                        return true;
                    }

                    public async Task<IReadOnlyList<{{e}}Summary>> SummarizeAsync(CancellationToken cancellationToken)
                    {
                        var all = await repository.ListAsync(new {{e}}Query(null, null, 1, int.MaxValue), cancellationToken).ConfigureAwait(false);
                        return all
                            .GroupBy(x => x.Status)
                            .Select(g => new {{e}}Summary(g.Key, g.Count(), g.Sum(x => x.Amount), g.Average(x => x.Amount)))
                            .OrderBy(x => x.Status)
                            .ToList();
                    }

            """);
        for (var i = 0; i < s.Next(18, 28); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Service));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string Controller(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                [ApiController]
                [Route("api/{{m.Lower}}s")]
            {{s.ClassAttribute()}}    public sealed class {{m.Plural}}Controller : ControllerBase
                {
                    private readonly I{{e}}Service service;
                    private readonly ILogger<{{m.Plural}}Controller> logger;

                    public {{m.Plural}}Controller(I{{e}}Service service, ILogger<{{m.Plural}}Controller> logger)
                    {
                        this.service = service;
                        this.logger = logger;
                    }

                    [HttpPost]
                    public async Task<ActionResult<{{e}}Dto>> Create([FromBody] Create{{e}}Request request, CancellationToken cancellationToken)
                    {
                        var dto = await service.CreateAsync(request, cancellationToken);
                        return CreatedAtAction(nameof(Get0), new { id = dto.Id }, dto);
                    }

                    [HttpGet("summary")]
                    public async Task<IActionResult> Summary(CancellationToken cancellationToken)
                        => Ok(await service.SummarizeAsync(cancellationToken));

            """);
        b.Append(s.ControllerGet(m, 0));
        for (var i = 1; i < s.Next(14, 22); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Controller));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string ViewModel(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
            {{s.ClassAttribute()}}    public sealed class {{e}}ListViewModel : ViewModelBase
                {
                    private readonly I{{e}}Service service;
                    private readonly List<{{e}}Dto> all = new List<{{e}}Dto>();
                    private bool isBusy;
                    private {{e}}Dto? selected;

                    public {{e}}ListViewModel(I{{e}}Service service)
                    {
                        this.service = service;
                        RefreshCommand = new RelayCommand(_ => _ = LoadAsync(CancellationToken.None), _ => !IsBusy);
                    }

                    public ObservableCollection<{{e}}Dto> Visible { get; } = new ObservableCollection<{{e}}Dto>();

                    public RelayCommand RefreshCommand { get; }

                    public bool IsBusy
                    {
                        get => isBusy;
                        private set
                        {
                            if (SetProperty(ref isBusy, value))
                            {
                                RefreshCommand.RaiseCanExecuteChanged();
                            }
                        }
                    }

                    public {{e}}Dto? Selected
                    {
                        get => selected;
                        set => SetProperty(ref selected, value);
                    }

                    public async Task LoadAsync(CancellationToken cancellationToken)
                    {
                        IsBusy = true;
                        try
                        {
                            var page = await service.ListAsync(new {{e}}Query(null, null, 1, 200), cancellationToken);
                            all.Clear();
                            all.AddRange(page.Items);
                            Visible.Clear();
                            foreach (var item in all)
                            {
                                Visible.Add(item);
                            }
                        }
                        finally
                        {
                            IsBusy = false;
                        }
                    }

            """);
        for (var i = 0; i < s.Next(12, 20); i++)
        {
            b.Append(s.Method(m, i, MethodContext.ViewModel));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string Mappings(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                public static class {{e}}Mappings
                {
                    public static {{e}}Dto ToDto(this {{e}} entity)
                    {
                        ArgumentNullException.ThrowIfNull(entity);
                        return new {{e}}Dto(entity.Id, entity.Name, entity.Amount, entity.Status, entity.CreatedAt);
                    }

                    public static {{e}} ToEntity(this Create{{e}}Request request) => new {{e}}
                    {
                        Name = request.Name,
                        Amount = request.Amount,
                        Quantity = request.Quantity,
                        Notes = request.Notes,
                    };

                    public static string Describe(this {{e}}Status status) => status switch
                    {
                        {{e}}Status.Draft => "draft",
                        {{e}}Status.Active => "active",
                        {{e}}Status.Suspended => "suspended",
                        {{e}}Status.Archived => "archived",
                        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
                    };

            """);
        for (var i = 0; i < s.Next(8, 14); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Static));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string Validator(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
                public static class {{e}}Validator
                {
                    public static IReadOnlyList<ValidationError> Validate(Create{{e}}Request request)
                    {
                        var errors = new List<ValidationError>();
                        if (string.IsNullOrWhiteSpace(request.Name))
                        {
                            errors.Add(new ValidationError(nameof(request.Name), "Name is required."));
                        }
                        else if (request.Name.Length > {{s.Next(40, 200)}})
                        {
                            errors.Add(new ValidationError(nameof(request.Name), "Name is too long."));
                        }

                        if (request.Amount < 0m || request.Amount > {{s.Next(1000, 100000)}}m)
                        {
                            errors.Add(new ValidationError(nameof(request.Amount), "Amount is out of range."));
                        }

                        if (request.Quantity <= 0)
                        {
                            errors.Add(new ValidationError(nameof(request.Quantity), "Quantity must be positive."));
                        }

                        return errors;
                    }

            """);
        for (var i = 0; i < s.Next(6, 12); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Static));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    private static string ReportBuilder(Module m, GeneratorState s)
    {
        var e = m.Name;
        var b = new StringBuilder(Usings);
        b.Append($$"""
            namespace {{m.Namespace}}
            {
            {{s.ClassAttribute()}}    public sealed class {{e}}ReportBuilder
                {
                    private readonly I{{e}}Repository repository;
                    private readonly ILogger<{{e}}ReportBuilder> logger;
                    private readonly IMemoryCache cache;

                    public {{e}}ReportBuilder(I{{e}}Repository repository, ILogger<{{e}}ReportBuilder> logger, IMemoryCache cache)
                    {
                        this.repository = repository;
                        this.logger = logger;
                        this.cache = cache;
                    }

                    public string Build(IReadOnlyCollection<{{e}}> items, DateTime now)
                    {
                        var builder = new StringBuilder();
                        builder.AppendLine("# {{m.Plural}} report");
                        builder.Append("Generated: ").AppendLine(now.ToString("u", CultureInfo.InvariantCulture));
                        foreach (var group in items.GroupBy(x => x.Status).OrderBy(g => g.Key))
                        {
                            builder.Append("## ").AppendLine(group.Key.Describe());
                            foreach (var item in group.OrderByDescending(x => x.Amount).Take({{s.Next(5, 50)}}))
                            {
                                builder.Append("- ").Append(item.Name).Append(": ")
                                    .AppendLine(item.Amount.ToString("N2", CultureInfo.InvariantCulture));
                            }
                        }

                        logger.LogDebug("Built report of {Count} {{m.Lower}}s", items.Count);
                        return builder.ToString();
                    }

            """);
        for (var i = 0; i < s.Next(10, 16); i++)
        {
            b.Append(s.Method(m, i, MethodContext.Service));
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }

    /// <summary>Where a generated method goes: decides which fields it may use and whether it is static.</summary>
    private enum MethodContext
    {
        Entity,
        Repository,
        Service,
        Controller,
        ViewModel,
        Static,
    }

    private sealed class Module
    {
        public Module(string name, string area)
        {
            Name = name;
            Area = area;
            Plural = name.EndsWith("y", StringComparison.Ordinal) && !name.EndsWith("ey", StringComparison.Ordinal)
                ? name.Substring(0, name.Length - 1) + "ies"
                : name.EndsWith("s", StringComparison.Ordinal) || name.EndsWith("ch", StringComparison.Ordinal) ? name + "es" : name + "s";
            Lower = char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        public string Name { get; }

        public string Area { get; }

        public string Plural { get; }

        public string Lower { get; }

        public string Namespace => "Contoso." + Area + "." + Plural;

        public string Folder => Area + "/" + Plural;
    }

    /// <summary>The generator's random source and counters; every choice goes through it, so a seed fixes the corpus.</summary>
    private sealed class GeneratorState
    {
        private readonly Random random;
        private readonly CorpusOptions options;
        private int counted;
        private int untilNextSite;

        public GeneratorState(CorpusOptions options)
        {
            this.options = options;
            random = new Random(options.Seed);
            untilNextSite = random.Next(1, 2 * options.MethodsPerSite);
        }

        public int Methods { get; private set; }

        public int SiteMethods { get; private set; }

        public int DeclaredSiteMethods { get; private set; }

        public int Lines(List<CorpusFile> files)
        {
            for (; counted < files.Count; counted++)
            {
                TotalLines += files[counted].Lines;
            }

            return TotalLines;
        }

        private int TotalLines { get; set; }

        public int Next(int min, int max) => random.Next(min, max);

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        /// <summary>Now and then a whole class declares a broad category, as teams do for request-handling types.</summary>
        public string ClassAttribute()
            => random.NextDouble() < 0.1 ? "    [CollectsPersonalData(DataCategories.Device, Purposes.AnalyticsReporting)]\n" : string.Empty;

        public string ControllerGet(Module m, int n)
        {
            Methods++;
            return $$"""
                        [HttpGet("{id:int}")]
                        public async Task<ActionResult<{{m.Name}}Dto>> Get{{n}}(int id, CancellationToken cancellationToken)
                        {
                            var dto = await service.FindAsync(id, cancellationToken);
                            if (dto is null)
                            {
                                logger.LogInformation("{{m.Name}} {Id} not found", id);
                                return NotFound();
                            }

                            return Ok(dto);
                        }


                """;
        }

        public string Method(Module m, int n, MethodContext context)
        {
            Methods++;

            // Sites come at random intervals averaging MethodsPerSite, so even a small corpus has its share.
            if (--untilNextSite <= 0)
            {
                untilNextSite = random.Next(1, 2 * options.MethodsPerSite);
                SiteMethods++;
                return SiteMethod(m, n, context);
            }

            return context switch
            {
                MethodContext.Entity => EntityMethod(m, n),
                MethodContext.Controller => ControllerMethod(m, n),
                MethodContext.ViewModel => ViewModelMethod(m, n),
                MethodContext.Repository => Pick(new Func<Module, int, string, string>[] { LinqMethod, QueryMethod, StatisticsMethod, IndexMethod, FlattenMethod })(m, n, "public "),
                MethodContext.Static => Pick(new Func<Module, int, string, string>[] { LinqMethod, QueryMethod, StatisticsMethod, IndexMethod, LabelMethod, DiscountMethod, FlattenMethod, NearMissMethod })(m, n, "public static "),
                _ => ServiceMethod(m, n),
            };
        }

        private string ServiceMethod(Module m, int n)
        {
            var e = m.Name;
            switch (random.Next(10))
            {
                case 0:
                    return $$"""
                                public async Task<IReadOnlyList<{{e}}Dto>> GetActive{{n}}Async(int page, CancellationToken cancellationToken)
                                {
                                    var query = new {{e}}Query(null, {{e}}Status.Active, page, {{Next(10, 100)}});
                                    var items = await repository.ListAsync(query, cancellationToken).ConfigureAwait(false);
                                    logger.LogInformation("Loaded {Count} {{m.Lower}}s for page {Page}", items.Count, page);
                                    return items
                                        .Where(x => x.Amount >= {{Next(0, 500)}}m && !string.IsNullOrEmpty(x.Name))
                                        .OrderByDescending(x => x.CreatedAt)
                                        .Select(x => x.ToDto())
                                        .ToList();
                                }


                        """;
                case 1:
                    return $$"""
                                public Task<{{e}}Dto?> GetCached{{n}}Async(int id, CancellationToken cancellationToken)
                                {
                                    return cache.GetOrCreateAsync("{{m.Lower}}:{{n}}:" + id.ToString(CultureInfo.InvariantCulture), async entry =>
                                    {
                                        entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes({{Next(1, 60)}});
                                        var entity = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                                        return entity?.ToDto();
                                    });
                                }


                        """;
                case 2:
                    return $$"""
                                public async Task<bool> TryArchive{{n}}Async(int id, CancellationToken cancellationToken)
                                {
                                    try
                                    {
                                        var entity = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                                        if (entity is not { Status: {{e}}Status.Active or {{e}}Status.Suspended })
                                        {
                                            return false;
                                        }

                                        entity.Status = {{e}}Status.Archived;
                                        entity.UpdatedAt = DateTime.UtcNow;
                                        return true;
                                    }
                                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                                    {
                                        logger.LogWarning("Archiving {{m.Lower}} {Id} was cancelled", id);
                                        return false;
                                    }
                                }


                        """;
                case 3:
                    return $$"""
                                public async Task<int> Refresh{{n}}Async(IEnumerable<int> ids, CancellationToken cancellationToken)
                                {
                                    var tasks = ids.Distinct().Take({{Next(5, 50)}}).Select(id => repository.FindAsync(id, cancellationToken));
                                    var results = await Task.WhenAll(tasks).ConfigureAwait(false);
                                    var active = results.Count(r => r is { IsActive: true });
                                    logger.LogDebug("Refreshed {Active} of {Total}", active, results.Length);
                                    return active;
                                }


                        """;
                case 4:
                    return $$"""
                                public async IAsyncEnumerable<{{e}}Dto> Stream{{n}}Async([EnumeratorCancellation] CancellationToken cancellationToken = default)
                                {
                                    for (var page = 1; page <= {{Next(2, 20)}}; page++)
                                    {
                                        var items = await repository.ListAsync(new {{e}}Query(null, null, page, 50), cancellationToken).ConfigureAwait(false);
                                        if (items.Count == 0)
                                        {
                                            yield break;
                                        }

                                        foreach (var item in items)
                                        {
                                            yield return item.ToDto();
                                        }
                                    }
                                }


                        """;
                case 5:
                    return $$"""
                                public async Task<decimal> Total{{n}}Async(DateTime from, DateTime to, CancellationToken cancellationToken)
                                {
                                    var items = await repository.ListAsync(new {{e}}Query(null, null, 1, {{Next(100, 1000)}}), cancellationToken).ConfigureAwait(false);
                                    var total = 0m;
                                    foreach (var item in items)
                                    {
                                        if (item.CreatedAt < from || item.CreatedAt >= to)
                                        {
                                            continue;
                                        }

                                        total += item.Status switch
                                        {
                                            {{e}}Status.Active => item.Amount,
                                            {{e}}Status.Suspended => item.Amount / 2,
                                            _ => 0m,
                                        };
                                    }

                                    return decimal.Round(total, 2, MidpointRounding.ToEven);
                                }


                        """;
                default:
                    return Pick(new Func<Module, int, string, string>[] { LinqMethod, QueryMethod, StatisticsMethod, IndexMethod, LabelMethod, FlattenMethod, NearMissMethod })(m, n, "public ");
            }
        }

        private string EntityMethod(Module m, int n)
        {
            var e = m.Name;
            return random.Next(3) switch
            {
                0 => $$"""
                                public bool Matches{{n}}(string? term)
                                    => term is null || Name.Contains(term, StringComparison.OrdinalIgnoreCase) || Tags.Any(t => string.Equals(t, term, StringComparison.OrdinalIgnoreCase));


                        """,
                1 => $$"""
                                public {{e}} CloneAs{{n}}({{e}}Status status)
                                {
                                    var copy = new {{e}}
                                    {
                                        Name = Name,
                                        Code = Code + "-{{n}}",
                                        Amount = Amount,
                                        Quantity = Quantity,
                                        CreatedAt = CreatedAt,
                                        Status = status,
                                        Region = Region,
                                        Priority = Priority + {{Next(1, 5)}},
                                    };
                                    copy.Tags.AddRange(Tags);
                                    return copy;
                                }


                        """,
                _ => $$"""
                                public double Weight{{n}}(DateTime now)
                                {
                                    var age = (now - CreatedAt).TotalDays;
                                    return Score * Math.Exp(-age / {{Next(10, 365)}}.0) + Priority * 0.{{Next(1, 9)}};
                                }


                        """,
            };
        }

        private string ControllerMethod(Module m, int n)
        {
            var e = m.Name;
            return random.Next(4) switch
            {
                0 => $$"""
                                [HttpGet("v{{n}}")]
                                public async Task<ActionResult<PagedResult<{{e}}Dto>>> List{{n}}([FromQuery] string? search, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
                                {
                                    if (page < 1)
                                    {
                                        return BadRequest("page must be positive");
                                    }

                                    var result = await service.ListAsync(new {{e}}Query(search, null, page, {{Next(10, 100)}}), cancellationToken);
                                    Response.Headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
                                    return Ok(result);
                                }


                        """,
                1 => $$"""
                                [HttpDelete("v{{n}}/{id:int}")]
                                public async Task<IActionResult> Archive{{n}}(int id, CancellationToken cancellationToken)
                                {
                                    var archived = await service.ArchiveAsync(id, cancellationToken);
                                    logger.LogInformation("Archive {{m.Lower}} {Id}: {Archived}", id, archived);
                                    return archived ? NoContent() : NotFound();
                                }


                        """,
                2 => $$"""
                                [HttpGet("v{{n}}/by-status/{status}")]
                                public async Task<ActionResult<IEnumerable<{{e}}Dto>>> ByStatus{{n}}({{e}}Status status, CancellationToken cancellationToken)
                                {
                                    var language = Request.Headers["Accept-Language"].ToString();
                                    var result = await service.ListAsync(new {{e}}Query(null, status, 1, {{Next(20, 200)}}), cancellationToken);
                                    var items = result.Items.Where(x => x.Amount > 0).OrderBy(x => x.Name, StringComparer.Create(CultureInfo.InvariantCulture, true));
                                    return Ok(language.Length == 0 ? items : items.Take({{Next(5, 50)}}));
                                }


                        """,
                _ => $$"""
                                [HttpGet("v{{n}}/mine")]
                                public async Task<ActionResult<IEnumerable<{{e}}Dto>>> Mine{{n}}(CancellationToken cancellationToken)
                                {
                                    var subject = User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
                                    if (subject is null)
                                    {
                                        return Unauthorized();
                                    }

                                    var result = await service.ListAsync(new {{e}}Query(subject, null, 1, {{Next(10, 100)}}), cancellationToken);
                                    return Ok(result.Items);
                                }


                        """,
            };
        }

        private string ViewModelMethod(Module m, int n)
        {
            var e = m.Name;
            return random.Next(3) switch
            {
                0 => $$"""
                                private string? search{{n}};

                                public string? Search{{n}}
                                {
                                    get => search{{n}};
                                    set
                                    {
                                        if (SetProperty(ref search{{n}}, value))
                                        {
                                            ApplyFilter{{n}}();
                                        }
                                    }
                                }

                                private void ApplyFilter{{n}}()
                                {
                                    var term = Search{{n}}?.Trim() ?? string.Empty;
                                    Visible.Clear();
                                    foreach (var item in all.Where(x => term.Length == 0 || x.Name.Contains(term, StringComparison.OrdinalIgnoreCase)).OrderBy(x => x.Name).Take({{Next(20, 500)}}))
                                    {
                                        Visible.Add(item);
                                    }

                                    OnPropertyChanged(nameof(Visible));
                                }


                        """,
                1 => $$"""
                                public IReadOnlyList<IGrouping<{{e}}Status, {{e}}Dto>> Groups{{n}}
                                    => all.Where(x => x.Amount >= {{Next(0, 100)}}m).GroupBy(x => x.Status).OrderBy(g => g.Key).ToList();

                                public decimal VisibleTotal{{n}} => Visible.Sum(x => x.Amount);


                        """,
                _ => $$"""
                                public void SortBy{{n}}(string column, bool descending)
                                {
                                    Func<{{e}}Dto, object> key = column switch
                                    {
                                        "name" => x => x.Name,
                                        "amount" => x => x.Amount,
                                        "created" => x => x.CreatedAt,
                                        _ => x => x.Id,
                                    };
                                    var sorted = (descending ? all.OrderByDescending(key) : all.OrderBy(key)).ToList();
                                    Visible.Clear();
                                    sorted.ForEach(Visible.Add);
                                    Selected = sorted.FirstOrDefault();
                                }


                        """,
            };
        }

        private string LinqMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}IReadOnlyList<{{e}}> Top{{n}}(IEnumerable<{{e}}> source, int count)
                            {
                                return source
                                    .Where(x => x.IsActive && x.Amount > {{Next(0, 1000)}}m && x.Quantity >= {{Next(0, 10)}})
                                    .OrderByDescending(x => x.Amount)
                                    .ThenBy(x => x.Name, StringComparer.Ordinal)
                                    .Take(count)
                                    .ToList();
                            }


                    """;
        }

        private string QueryMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}IEnumerable<string> Pairs{{n}}(IEnumerable<{{e}}> source, IEnumerable<{{e}}> owners)
                            {
                                return from a in source
                                       join b in owners on a.OwnerId equals b.Id
                                       where a.Score > {{Next(0, 100)}} && b.IsActive
                                       let label = a.Name + "/" + b.Name
                                       orderby a.Priority descending, label
                                       select label;
                            }


                    """;
        }

        private string StatisticsMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}(decimal Min, decimal Max, decimal Median) Statistics{{n}}(IEnumerable<{{e}}> source)
                            {
                                var amounts = source.Where(x => x.Status != {{e}}Status.Archived).Select(x => x.Amount).OrderBy(a => a).ToArray();
                                if (amounts.Length == 0)
                                {
                                    return (0m, 0m, 0m);
                                }

                                var middle = amounts.Length / 2;
                                var median = amounts.Length % 2 == 0 ? (amounts[middle - 1] + amounts[middle]) / 2 : amounts[middle];
                                return (amounts[0], amounts[^1], median);
                            }


                    """;
        }

        private string IndexMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}Dictionary<string, List<int>> IndexByRegion{{n}}(IReadOnlyCollection<{{e}}> source)
                            {
                                var result = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
                                foreach (var entity in source)
                                {
                                    var key = entity.Region ?? "unknown";
                                    if (!result.TryGetValue(key, out var ids))
                                    {
                                        ids = new List<int>({{Next(4, 64)}});
                                        result.Add(key, ids);
                                    }

                                    ids.Add(entity.Id);
                                }

                                return result;
                            }


                    """;
        }

        private string LabelMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}string Label{{n}}({{e}} entity)
                            {
                                var builder = new StringBuilder();
                                builder.Append(entity.Code.ToUpperInvariant()).Append('-').Append(entity.Id.ToString(CultureInfo.InvariantCulture));
                                if (entity.Tags.Count > {{Next(0, 3)}})
                                {
                                    builder.Append(" [").Append(string.Join(", ", entity.Tags.OrderBy(t => t, StringComparer.Ordinal))).Append(']');
                                }

                                return builder.ToString();
                            }


                    """;
        }

        private string DiscountMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}decimal Discount{{n}}({{e}} entity) => entity.Status switch
                            {
                                {{e}}Status.Active when entity.Quantity > {{Next(2, 50)}} => entity.Amount * 0.{{Next(10, 30)}}m,
                                {{e}}Status.Active => entity.Amount * 0.0{{Next(1, 9)}}m,
                                {{e}}Status.Suspended => 0m,
                                _ => entity.Amount * 0.01m,
                            };


                    """;
        }

        private string FlattenMethod(Module m, int n, string modifiers)
        {
            var e = m.Name;
            return $$"""
                            {{modifiers}}IReadOnlyList<{{e}}> Flatten{{n}}(IReadOnlyList<{{e}}> roots, ILookup<int?, {{e}}> children)
                            {
                                var result = new List<{{e}}>();
                                void Visit({{e}} node, int depth)
                                {
                                    if (depth > {{Next(2, 12)}})
                                    {
                                        return;
                                    }

                                    result.Add(node);
                                    foreach (var child in children[node.Id])
                                    {
                                        Visit(child, depth + 1);
                                    }
                                }

                                foreach (var root in roots)
                                {
                                    Visit(root, 0);
                                }

                                return result;
                            }


                    """;
        }

        /// <summary>Code that reads request data and claims, but nothing personal: the detector must stay silent on it.</summary>
        private string NearMissMethod(Module m, int n, string modifiers)
        {
            return $$"""
                            {{modifiers}}string Describe{{n}}(HttpContext context, ClaimsPrincipal user)
                            {
                                var path = context.Request.Path.HasValue ? context.Request.Path.Value : "/";
                                var language = context.Request.Headers["Accept-Language"].ToString();
                                var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
                                var tenant = user.FindFirst("tenant_{{n}}")?.Value ?? "default";
                                return string.Join("|", path, language, tenant, string.Join(",", roles), context.TraceIdentifier);
                            }


                    """;
        }

        private string SiteMethod(Module m, int n, MethodContext context)
        {
            var controller = context == MethodContext.Controller;
            var modifiers = context == MethodContext.Static ? "public static " : "public ";
            var http = controller ? "HttpContext" : "context";
            var httpParameter = controller ? string.Empty : "HttpContext context";
            var user = controller ? "User" : "user";
            var userParameter = controller ? string.Empty : "ClaimsPrincipal user";
            var (category, purpose, body) = random.Next(12) switch
            {
                0 => ("IpAddress", "FraudDetection", $$"""
                                {{modifiers}}string DescribeCaller{{n}}({{httpParameter}})
                                {
                                    var address = {{http}}.Connection.RemoteIpAddress;
                                    return address is null ? "unknown" : address.MapToIPv4().ToString();
                                }
                        """),
                1 => ("Device", "AnalyticsReporting", $$"""
                                {{modifiers}}bool IsMobileClient{{n}}({{httpParameter}})
                                {
                                    var agent = {{http}}.Request.Headers["User-Agent"].ToString();
                                    return agent.Contains("Mobile", StringComparison.OrdinalIgnoreCase) || agent.Contains("Android", StringComparison.OrdinalIgnoreCase);
                                }
                        """),
                2 => ("Device", "SystemPerformance", $$"""
                                {{modifiers}}string ClientFamily{{n}}({{httpParameter}})
                                {
                                    string agent = {{http}}.Request.Headers[HeaderNames.UserAgent].ToString();
                                    return agent.Split('/', 2)[0];
                                }
                        """),
                3 => ("Device", "AnalyticsReporting", $$"""
                                {{modifiers}}int AgentLength{{n}}({{httpParameter}})
                                    => {{http}}.Request.Headers.UserAgent.ToString().Length;
                        """),
                4 => ("CookieId", "EssentialService", $$"""
                                {{modifiers}}string? SessionOf{{n}}({{httpParameter}})
                                {
                                    return {{http}}.Request.Cookies.TryGetValue("session", out var value) ? value : null;
                                }
                        """),
                5 => ("DeviceId", "FraudDetection", $$"""
                                {{modifiers}}string? MachineFingerprint{{n}}()
                                {
                                    return NetworkInterface.GetAllNetworkInterfaces()
                                        .Where(x => x.OperationalStatus == OperationalStatus.Up && x.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                                        .Select(x => x.GetPhysicalAddress().ToString())
                                        .FirstOrDefault(x => x.Length > 0);
                                }
                        """),
                6 => ("Email", "EmailNotifications", $$"""
                                {{modifiers}}string? NotificationAddress{{n}}({{userParameter}})
                                {
                                    var email = {{user}}.FindFirst(ClaimTypes.Email)?.Value;
                                    return string.IsNullOrEmpty(email) ? null : email.Trim().ToLowerInvariant();
                                }
                        """),
                7 => ("FirstName", "Personalize", $$"""
                                {{modifiers}}string Greeting{{n}}({{userParameter}})
                                {
                                    var given = {{user}}.FindFirstValue(ClaimTypes.GivenName);
                                    return "Hello, " + (given ?? "there") + "!";
                                }
                        """),
                8 => ("Email", "EmailNotifications", $$"""
                                {{modifiers}}async Task<string?> LoadEmail{{n}}Async(UserManager<AppUser> userManager, AppUser account)
                                {
                                    var found = await userManager.FindByEmailAsync(account.Email!).ConfigureAwait(false);
                                    return found?.Email?.ToLowerInvariant();
                                }
                        """),
                9 => ("AccountUsername", "SystemAnalytics", $$"""
                                {{modifiers}}string AuditActor{{n}}()
                                    => Environment.UserName + "@" + Environment.MachineName;
                        """),
                10 => ("IpAddress", "FraudDetection", $$"""
                                {{modifiers}}string? ForwardedFor{{n}}({{httpParameter}})
                                {
                                    var forwarded = {{http}}.Request.Headers["X-Forwarded-For"].FirstOrDefault();
                                    return forwarded?.Split(',').Select(x => x.Trim()).FirstOrDefault();
                                }
                        """),
                _ => ("Email", "CustomerSupport", $$"""
                                {{modifiers}}string SupportContact{{n}}(CustomerDirectory directory, int customerId)
                                {
                                    var email = directory.GetContactEmail(customerId);
                                    return email.Length == 0 ? "support@contoso.example" : email;
                                }
                        """),
            };

            var attribute = string.Empty;
            if (random.NextDouble() < options.DeclaredFraction)
            {
                DeclaredSiteMethods++;
                attribute = $"        [CollectsPersonalData(DataCategories.{category}, Purposes.{purpose})]\n";
            }

            return attribute + body + "\n\n";
        }
    }
}
