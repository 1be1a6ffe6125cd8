package cn.qinqing.member;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.standard.IdNumber;

/** A member's ID number and mobile as stored: SM4-GCM ciphertext, blind index, masked form. */
record SealedPersonalData(byte[] idNumberCipher, String idNumberIndex, String idNumberMasked,
                          byte[] mobileCipher, String mobileIndex, String mobileMasked) {

    static SealedPersonalData seal(CheckedMember m, PersonalDataCipher cipher) {
        var id = m.idNumber();
        var mobile = m.mobile();
        return new SealedPersonalData(
                cipher.encrypt(id), cipher.blindIndex(id), id == null ? null : IdNumber.parse(id).masked(),
                cipher.encrypt(mobile), cipher.blindIndex(mobile), mobile == null ? null : maskMobile(mobile));
    }

    static String maskMobile(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }
}
