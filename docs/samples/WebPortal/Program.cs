using WebPortal;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.UseMiddleware<VisitLog>();
app.MapPost("/signup", SignUp.Register);
app.MapGet("/beacon.gif", (HttpContext context) => WebBeacon.Record(context));
app.MapGet("/me", (System.Security.Claims.ClaimsPrincipal user) => Account.ContactEmail(user));
app.Run();
