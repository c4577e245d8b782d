package org.incasso.payments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.events.CaseEventLog;
import org.incasso.events.Visibility;
import org.incasso.financials.domain.ClaimLedger;
import org.incasso.financials.domain.FinancialSummary;
import org.incasso.financials.domain.Payment;
import org.incasso.financials.domain.PaymentEntry;
import org.incasso.financials.domain.PaymentSource;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.money.DomainValidationException;
import org.incasso.money.Money;
import org.incasso.payments.persistence.PaymentRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers payments on claims. Staff register what the agency received; the creditor (on its own
 * claims) or staff report what the debtor paid the creditor directly — commission-liable too.
 * Every registration is idempotent by its key, checked against the claim (currency, precision,
 * date, outstanding total) with nothing stored on refusal, and appends a SHARED case event in the
 * same transaction; an optional note travels in that event.
 */
@Service
public class Payments {

    private static final int MAX_KEY_LENGTH = 100;
    private static final int MAX_NOTE_LENGTH = 500;

    private final ClaimService claims;
    private final ClaimLedgers ledgers;
    private final PaymentRepository payments;
    private final CaseEventLog events;
    private final CurrentUsers currentUsers;

    Payments(ClaimService claims, ClaimLedgers ledgers, PaymentRepository payments, CaseEventLog events,
            CurrentUsers currentUsers) {
        this.claims = claims;
        this.ledgers = ledgers;
        this.payments = payments;
        this.events = events;
        this.currentUsers = currentUsers;
    }

    /** A payment the agency received from the debtor (staff only). */
    @Transactional
    public PaymentReceipt register(PaymentRegistration registration) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        return record(user, PaymentSource.AGENCY, "PAYMENT_REGISTERED", registration);
    }

    /** A payment the creditor received directly (the creditor on its own claims, or staff). */
    @Transactional
    public PaymentReceipt reportDirect(PaymentRegistration registration) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        return record(user, PaymentSource.DIRECT_TO_CREDITOR, "DIRECT_PAYMENT_REPORTED", registration);
    }

    private PaymentReceipt record(CurrentUser user, PaymentSource source, String eventType, PaymentRegistration input) {
        // ClaimService.find: staff all, a creditor its own claims; anyone else reads "not found"
        Claim claim = claims.find(input.claimId())
                .orElseThrow(() -> new NotFoundException("claimId", "No such claim"));
        String key = requireKey(input.idempotencyKey());
        payments.lockClaim(claim.id());
        Optional<StoredPayment> earlier = payments.byIdempotencyKey(key);
        if (earlier.isPresent()) {
            return repeated(claim, source, earlier.get(), input);
        }
        Money amount = MoneyErrors.translated(() -> Money.parse("amount", input.amount(), input.currency()));
        validate(claim, source, amount, input);
        LocalDate receivedOn = Objects.requireNonNull(input.receivedOn());
        UUID id = UUID.randomUUID();
        Payment payment = new Payment(id.toString(), receivedOn, amount, source, input.overpayment());
        ClaimLedger ledger = ledgers.of(claim).withPayment(payment);
        PaymentEntry entry = entryOf(summarizeNew(ledger), id);
        StoredPayment candidate = new StoredPayment(id, claim.id(), source, amount, receivedOn,
                entry.allocation().overpayment(), key, user.subject(), OffsetDateTime.now());
        Optional<StoredPayment> inserted = payments.insertIfAbsent(candidate);
        if (inserted.isEmpty()) {
            // a concurrent request with the same key committed first: answer with its payment
            return repeated(claim, source, payments.byIdempotencyKey(key).orElseThrow(), input);
        }
        StoredPayment stored = inserted.get();
        Map<String, String> payload = new HashMap<>(Map.of(
                "paymentId", stored.id().toString(), "source", source.name(),
                "amount", amount.amount().toPlainString(), "currency", amount.currency().getCurrencyCode(),
                "receivedOn", receivedOn.toString(), "overpayment", stored.overpayment().amount().toPlainString()));
        String note = noteOf(input);
        if (note != null) {
            payload.put("note", note);
        }
        events.append(claim.id(), eventType, Visibility.SHARED, payload);
        return new PaymentReceipt(stored, entry);
    }

    /** The ledger with the new payment; art. 6:44 BW allocation refuses an unconfirmed overpayment. */
    private FinancialSummary summarizeNew(ClaimLedger ledger) {
        try {
            return summarize(ledger);
        } catch (DomainValidationException e) {
            if (e.code() == org.incasso.money.ErrorCode.OVERPAYMENT_NOT_CONFIRMED) {
                throw ValidationException.of("amount.amount", ErrorCode.OVERPAYMENT_NOT_CONFIRMED,
                        e.violations().getFirst().message());
            }
            throw MoneyErrors.translate(e);
        }
    }

    private FinancialSummary summarize(ClaimLedger ledger) {
        return ledger.summarize(ledgers.today());
    }

    /** The same key again: the same request gets the stored payment, a different one is refused. */
    private PaymentReceipt repeated(Claim claim, PaymentSource source, StoredPayment stored, PaymentRegistration input) {
        boolean same = stored.claimId().equals(claim.id()) && stored.source() == source
                && stored.receivedOn().equals(input.receivedOn())
                && stored.amount().currency().getCurrencyCode().equals(input.currency())
                && sameAmount(stored.amount(), input.amount());
        if (!same) {
            throw ValidationException.of("idempotencyKey", ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this key was already used for a different payment");
        }
        FinancialSummary summary = MoneyErrors.translated(() -> summarize(ledgers.of(claim)));
        return new PaymentReceipt(stored, entryOf(summary, stored.id()));
    }

    private void validate(Claim claim, PaymentSource source, Money amount, PaymentRegistration input) {
        Violations violations = new Violations();
        if (source == PaymentSource.DIRECT_TO_CREDITOR && claim.state().phase() == ClaimPhase.CLOSED) {
            // a closed claim is final: what the creditor receives after that is no longer the agency's case
            violations.add("claimId", ErrorCode.RULE_VIOLATION, "the claim is closed");
        }
        if (!amount.currency().getCurrencyCode().equals(claim.currency())) {
            violations.add("amount.currency", ErrorCode.CURRENCY_MISMATCH, "the claim is in " + claim.currency());
        }
        if (!amount.isPositive()) {
            violations.add("amount.amount", ErrorCode.NOT_POSITIVE, "must be above zero");
        }
        validateReceivedOn(claim, input.receivedOn(), violations);
        String note = noteOf(input);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add("note", ErrorCode.TOO_LONG, "at most " + MAX_NOTE_LENGTH + " characters");
        }
        violations.throwIfAny();
    }

    private void validateReceivedOn(Claim claim, @Nullable LocalDate receivedOn, Violations violations) {
        LocalDate submittedOn = ledgers.submittedOn(claim);
        if (receivedOn == null) {
            violations.add("receivedOn", ErrorCode.REQUIRED, "required");
        } else if (receivedOn.isAfter(ledgers.today())) {
            violations.add("receivedOn", ErrorCode.INVALID_DATE, "must not be in the future");
        } else if (receivedOn.isBefore(submittedOn)) {
            violations.add("receivedOn", ErrorCode.INVALID_DATE, "must not be before the submission on " + submittedOn);
        }
    }

    /** The note without surrounding blanks; {@code null} when there is none. */
    private static @Nullable String noteOf(PaymentRegistration input) {
        String note = input.note();
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String requireKey(String key) {
        if (key.isBlank()) {
            throw ValidationException.of("idempotencyKey", ErrorCode.REQUIRED, "required");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ValidationException.of("idempotencyKey", ErrorCode.TOO_LONG, "at most " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static boolean sameAmount(Money stored, String amount) {
        try {
            return new java.math.BigDecimal(amount.trim()).compareTo(stored.amount()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static PaymentEntry entryOf(FinancialSummary summary, UUID paymentId) {
        return summary.payments().stream()
                .filter(e -> e.payment().reference().equals(paymentId.toString()))
                .findFirst().orElseThrow();
    }
}
