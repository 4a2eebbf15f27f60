using System;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The category of a member marked personal without saying which personal data it is
    /// (<c>[PersonalData]</c>, a data classification), from its name: <c>ZipCode</c> is a postal code.
    /// A name that says nothing specific is plain personal data: <c>user</c>.
    /// </summary>
    internal static class BindingNames
    {
        private static readonly (string Name, string Category)[] Names =
        {
            ("email", "user.contact.email"),
            ("emailaddress", "user.contact.email"),
            ("mail", "user.contact.email"),
            ("phone", "user.contact.phone_number"),
            ("phonenumber", "user.contact.phone_number"),
            ("mobile", "user.contact.phone_number"),
            ("mobilephone", "user.contact.phone_number"),
            ("telephone", "user.contact.phone_number"),
            ("firstname", "user.name.first"),
            ("givenname", "user.name.first"),
            ("lastname", "user.name.last"),
            ("surname", "user.name.last"),
            ("familyname", "user.name.last"),
            ("name", "user.name"),
            ("fullname", "user.name"),
            ("displayname", "user.name"),
            ("username", "user.account.username"),
            ("street", "user.contact.address.street"),
            ("streetaddress", "user.contact.address.street"),
            ("addressline1", "user.contact.address.street"),
            ("addressline2", "user.contact.address.street"),
            ("address", "user.contact.address"),
            ("zip", "user.contact.address.postal_code"),
            ("zipcode", "user.contact.address.postal_code"),
            ("postalcode", "user.contact.address.postal_code"),
            ("postcode", "user.contact.address.postal_code"),
            ("city", "user.contact.address.city"),
            ("town", "user.contact.address.city"),
            ("country", "user.contact.address.country"),
            ("state", "user.contact.address.state"),
            ("province", "user.contact.address.state"),
            ("jobtitle", "user.professional_information.job_title"),
            ("company", "user.professional_information.workplace"),
            ("companyname", "user.professional_information.workplace"),
            ("employer", "user.professional_information.workplace"),
            ("organization", "user.professional_information.workplace"),
            ("organisation", "user.professional_information.workplace"),
            ("birthdate", "user.demographic.date_of_birth"),
            ("dateofbirth", "user.demographic.date_of_birth"),
            ("gender", "user.demographic.gender"),
            ("creditcard", "user.financial.credit_card"),
            ("cardnumber", "user.financial.credit_card"),
            ("iban", "user.financial.bank_account"),
        };

        public static string CategoryFor(string memberName)
        {
            var normalized = memberName.Replace("_", string.Empty);
            foreach (var (name, category) in Names)
            {
                if (string.Equals(normalized, name, StringComparison.OrdinalIgnoreCase))
                {
                    return category;
                }
            }

            return "user";
        }
    }
}
