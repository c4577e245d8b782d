package org.incasso.ui;

import java.util.ArrayList;
import java.util.List;
import org.incasso.common.Address;
import org.incasso.common.CompanyDetails;
import org.incasso.common.Contact;
import org.incasso.common.BankAccount;
import org.jspecify.annotations.Nullable;

/**
 * The mutable bean behind {@link CompanyForm}: company details with the first contact and the
 * bank account as flat fields. Further contacts (from the API) are kept untouched.
 */
public class CompanyFormModel {

    private String name = "";
    private String registrationNumber = "";
    private String vatNumber = "";
    private String street = "";
    private String postalCode = "";
    private String city = "";
    private String country = "";
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private String iban = "";
    private String bic = "";
    private String holder = "";
    private boolean vatDeductible = true;
    private List<Contact> otherContacts = List.of();

    public static CompanyFormModel of(CompanyDetails company, @Nullable BankAccount account, boolean vatDeductible) {
        CompanyFormModel model = new CompanyFormModel();
        model.name = orEmpty(company.name());
        model.registrationNumber = orEmpty(company.registrationNumber());
        model.vatNumber = orEmpty(company.vatNumber());
        Address address = company.address();
        if (address != null) {
            model.street = orEmpty(address.street());
            model.postalCode = orEmpty(address.postalCode());
            model.city = orEmpty(address.city());
            model.country = orEmpty(address.country());
        }
        List<Contact> contacts = company.contacts() == null ? List.of() : company.contacts();
        if (!contacts.isEmpty()) {
            model.contactName = orEmpty(contacts.getFirst().name());
            model.contactEmail = orEmpty(contacts.getFirst().email());
            model.contactPhone = orEmpty(contacts.getFirst().phone());
            model.otherContacts = List.copyOf(contacts.subList(1, contacts.size()));
        }
        if (account != null) {
            model.iban = orEmpty(account.iban());
            model.bic = orEmpty(account.bic());
            model.holder = orEmpty(account.holder());
        }
        model.vatDeductible = vatDeductible;
        return model;
    }

    public CompanyDetails toCompany() {
        List<Contact> contacts = new ArrayList<>();
        if (!contactName.isBlank() || !contactEmail.isBlank() || !contactPhone.isBlank()) {
            contacts.add(new Contact(contactName, contactEmail, contactPhone));
        }
        contacts.addAll(otherContacts);
        return new CompanyDetails(name, registrationNumber, vatNumber,
                new Address(street, postalCode, city, country), contacts);
    }

    /** The bank account, or null when none of its fields was filled in. */
    public @Nullable BankAccount toBankAccount() {
        return iban.isBlank() && bic.isBlank() && holder.isBlank() ? null : new BankAccount(iban, bic, holder);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String value) { this.registrationNumber = value; }
    public String getVatNumber() { return vatNumber; }
    public void setVatNumber(String value) { this.vatNumber = value; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getContactName() { return contactName; }
    public void setContactName(String value) { this.contactName = value; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String value) { this.contactEmail = value; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String value) { this.contactPhone = value; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public String getBic() { return bic; }
    public void setBic(String bic) { this.bic = bic; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public boolean isVatDeductible() { return vatDeductible; }
    public void setVatDeductible(boolean value) { this.vatDeductible = value; }
}
