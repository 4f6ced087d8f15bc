package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.ledger.LedgerLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --ledger FILE | postgresql://host[:port]/db}: a malformed server URL is refused in Japanese, as a wrong argument (exit 1). */
final class LedgerLocationConverter implements ITypeConverter<LedgerLocation> {
    @Override
    public LedgerLocation convert(String value) {
        try {
            return LedgerLocation.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
