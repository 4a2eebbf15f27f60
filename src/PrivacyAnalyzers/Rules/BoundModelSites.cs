using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry points for request binding (<see cref="RequestBinding"/>): controller actions, Razor Pages handlers that
    /// take posted input (<c>OnPost(RegisterViewModel input)</c>) and <c>[BindProperty]</c> properties (a symbol action), and minimal-API handlers passed to
    /// <c>Map*</c> (an operation action). Each bound parameter or property goes through one
    /// collect-and-report loop.
    /// </summary>
    internal sealed class BoundModelSites(PrivacyContext privacy, RequestBinding binding, SiteReporter reporter)
    {
        /// <summary>Controller actions and bound Razor Pages properties: sites of the personal data they bind.</summary>
        public void AnalyzeSymbol(SymbolAnalysisContext context)
        {
            switch (context.Symbol)
            {
                case IMethodSymbol method when binding.IsAction(method) || binding.IsPostingPageHandler(method):
                    ReportParameters(context.ReportDiagnostic, method.Parameters, inside: null, scope: method);
                    break;
                case IPropertySymbol property when binding.IsBoundProperty(property):
                    ReportBound(context.ReportDiagnostic, property, property.Type, inside: null, scope: property, new List<BoundField>());
                    break;
            }
        }

        /// <summary><c>app.MapPost("/signup", (SignUpForm form) => …)</c>: the handler's parameters are bound from the request.</summary>
        public void AnalyzeEndpoint(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!binding.IsEndpointMapping(invocation.TargetMethod))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
                if (value is not IDelegateCreationOperation { Target: { } target })
                {
                    continue;
                }

                var (handler, body) = target switch
                {
                    IAnonymousFunctionOperation lambda => (lambda.Symbol, (IOperation?)lambda.Body),
                    IMethodReferenceOperation reference => (reference.Method, null),
                    _ => (null, null),
                };
                if (handler != null)
                {
                    ReportParameters(context.ReportDiagnostic, handler.Parameters, body, body is null ? handler : context.ContainingSymbol, RoutePattern(invocation));
                }
            }
        }

        /// <summary>The route a <c>Map*</c> call gives its handler (its <c>pattern</c>), when it is a constant.</summary>
        private static string? RoutePattern(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "pattern")
                {
                    return SiteDetector.ConstantString(argument.Value);
                }
            }

            return null;
        }

        private void ReportParameters(Action<Diagnostic> report, ImmutableArray<IParameterSymbol> parameters, IOperation? inside, ISymbol scope, string? routePattern = null)
        {
            var fields = new List<BoundField>();
            foreach (var parameter in parameters)
            {
                if (!binding.IsService(parameter))
                {
                    ReportBound(report, parameter, parameter.Type, inside, scope, fields, routePattern);
                }
            }
        }

        /// <summary>The personal data one bound parameter or property brings in, a site per category.</summary>
        private void ReportBound(Action<Diagnostic> report, ISymbol bound, ITypeSymbol type, IOperation? inside, ISymbol scope, List<BoundField> fields, string? routePattern = null)
        {
            fields.Clear();
            binding.Collect(bound, type, fields, routePattern);
            if (fields.Count == 0 || bound.Locations.Length == 0 || !bound.Locations[0].IsInSource)
            {
                return;
            }

            var location = bound.Locations[0];
            var settings = privacy.Settings(location.SourceTree!);
            var member = ScopeNames.MemberName(scope);
            var reported = new HashSet<string>(StringComparer.Ordinal);

            // Annotated members first: a category an annotation gives is reported at full confidence, even when
            // another member's name alone says the same (Email [EmailAddress] and ContactEmail).
            fields.Sort((a, b) => a.ByName.CompareTo(b.ByName));
            foreach (var field in fields)
            {
                if ((field.ByName && !settings.BoundMemberNames) || !reported.Add(field.Category))
                {
                    continue;
                }

                var coverage = Coverage.Find(inside, scope, field.Category, privacy.Annotations, settings);
                var site = new CollectionSite(
                    field.Category,
                    field.Path,
                    SiteKind.RequestBinding,
                    boundPath: field.Path,
                    platform: Platforms.AspNetCore,
                    member: member,
                    confidence: field.ByName ? CollectionSite.NameConfidence : null);
                reporter.Report(report, location, site, coverage);
            }
        }
    }
}
