-- The double-entry ledger: every fen that moves is a transaction of entries whose debits equal its credits,
-- checked by the database at commit. Transactions and entries are append-only: a correction is a new transaction.
CREATE SCHEMA IF NOT EXISTS ledger;

CREATE TABLE ledger.accounts (
    id         BIGSERIAL    PRIMARY KEY,
    type       VARCHAR(32)  NOT NULL,     -- PSP_CLEARING, ESCROW, DEALER_PAYABLE, REFUNDS_PAYABLE, PLATFORM_FEES
    owner_id   UUID,                      -- the dealer organization of a DEALER_PAYABLE account
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT accounts_type_owner_unique UNIQUE NULLS NOT DISTINCT (type, owner_id)
);

CREATE TABLE ledger.transactions (
    id              BIGSERIAL    PRIMARY KEY,
    idempotency_key VARCHAR(200) NOT NULL UNIQUE,  -- a business event is posted at most once
    kind            VARCHAR(40)  NOT NULL,
    reference       VARCHAR(100) NOT NULL,         -- what it is about, e.g. order:<uuid>
    description     TEXT         NOT NULL,
    posted_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_transactions_reference_idx ON ledger.transactions (reference);

CREATE TABLE ledger.entries (
    id             BIGSERIAL PRIMARY KEY,
    transaction_id BIGINT    NOT NULL REFERENCES ledger.transactions (id),
    account_id     BIGINT    NOT NULL REFERENCES ledger.accounts (id),
    debit_fen      BIGINT    NOT NULL DEFAULT 0 CHECK (debit_fen >= 0),
    credit_fen     BIGINT    NOT NULL DEFAULT 0 CHECK (credit_fen >= 0),
    CONSTRAINT entries_one_side CHECK ((debit_fen > 0) <> (credit_fen > 0))
);
CREATE INDEX ledger_entries_transaction_idx ON ledger.entries (transaction_id);
CREATE INDEX ledger_entries_account_idx ON ledger.entries (account_id);

CREATE FUNCTION ledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger.% is append-only: post a correcting transaction instead', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER transactions_append_only BEFORE UPDATE OR DELETE ON ledger.transactions
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER transactions_no_truncate BEFORE TRUNCATE ON ledger.transactions
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON ledger.entries
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change();
CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON ledger.entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change();

-- At commit, every transaction that received entries must balance.
CREATE FUNCTION ledger.check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    debits  BIGINT;
    credits BIGINT;
BEGIN
    SELECT coalesce(sum(debit_fen), 0), coalesce(sum(credit_fen), 0) INTO debits, credits
    FROM ledger.entries WHERE transaction_id = NEW.transaction_id;
    IF debits <> credits THEN
        RAISE EXCEPTION 'ledger transaction % does not balance: % fen debited, % fen credited',
            NEW.transaction_id, debits, credits USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER entries_balanced AFTER INSERT ON ledger.entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.check_balanced();
