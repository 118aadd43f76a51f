/**
 * The authority's electronic seal on documents it issues (decisions): PAdES signatures with EU DSS, made with the
 * key from a PKCS#12 keystore the administrator configures, and their validation.
 */
@NullMarked
@NamedInterface("signing")
package de.amtsportal.documents.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
