//! Every type name the whole API (v1.578.2) had before merged types were
//! named by what they are (issue 25) still compiles: 2070 names in `types`
//! and 124 in `types::builder`, listed from the generator's output then.
//! Renamed types keep their old names as `pub type` aliases; this is the
//! check that none was lost. Built only from that document, with every tag.
#![cfg(all(
    dfns_spec = "1.578.2",
    feature = "agreements",
    feature = "auth",
    feature = "exchanges",
    feature = "fee_sponsors",
    feature = "keys",
    feature = "networks",
    feature = "permissions",
    feature = "policies",
    feature = "signers",
    feature = "staking",
    feature = "swaps",
    feature = "wallets",
    feature = "webhooks",
    feature = "yields"
))]
#![allow(dead_code)]

mod types {
    type AcceptOfferOfferId = dfns::types::AcceptOfferOfferId;
    type AcceptOfferWalletId = dfns::types::AcceptOfferWalletId;
    type ActivateCredentialBody = dfns::types::ActivateCredentialBody;
    type ActivateCredentialBodyCredentialUuid = dfns::types::ActivateCredentialBodyCredentialUuid;
    type ActivateCredentialResponse = dfns::types::ActivateCredentialResponse;
    type ActivateFeeSponsorFeeSponsorId = dfns::types::ActivateFeeSponsorFeeSponsorId;
    type ActivateFeeSponsorResponse = dfns::types::ActivateFeeSponsorResponse;
    type ActivateFeeSponsorResponseId = dfns::types::ActivateFeeSponsorResponseId;
    type ActivateFeeSponsorResponseStatus = dfns::types::ActivateFeeSponsorResponseStatus;
    type ActivateFeeSponsorResponseWalletId = dfns::types::ActivateFeeSponsorResponseWalletId;
    type ActivatePersonalAccessTokenResponse = dfns::types::ActivatePersonalAccessTokenResponse;
    type ActivatePersonalAccessTokenResponseKind =
        dfns::types::ActivatePersonalAccessTokenResponseKind;
    type ActivatePersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::ActivatePersonalAccessTokenResponsePermissionAssignmentsItem;
    type ActivatePersonalAccessTokenTokenId = dfns::types::ActivatePersonalAccessTokenTokenId;
    type ActivateServiceAccountResponse = dfns::types::ActivateServiceAccountResponse;
    type ActivateServiceAccountResponseAccessTokensItem =
        dfns::types::ActivateServiceAccountResponseAccessTokensItem;
    type ActivateServiceAccountResponseAccessTokensItemKind =
        dfns::types::ActivateServiceAccountResponseAccessTokensItemKind;
    type ActivateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::ActivateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type ActivateServiceAccountResponseUserInfo =
        dfns::types::ActivateServiceAccountResponseUserInfo;
    type ActivateServiceAccountResponseUserInfoKind =
        dfns::types::ActivateServiceAccountResponseUserInfoKind;
    type ActivateServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::ActivateServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type ActivateServiceAccountResponseUserInfoUserId =
        dfns::types::ActivateServiceAccountResponseUserInfoUserId;
    type ActivateServiceAccountServiceAccountId =
        dfns::types::ActivateServiceAccountServiceAccountId;
    type ActivateUserUserId = dfns::types::ActivateUserUserId;
    type AlgorandNftReceivedKind = dfns::types::AlgorandNftReceivedKind;
    type AlgorandStandardAssetAmount = dfns::types::AlgorandStandardAssetAmount;
    type AlgorandStandardAssetAssetId = dfns::types::AlgorandStandardAssetAssetId;
    type AlgorandStandardAssetExternalId = dfns::types::AlgorandStandardAssetExternalId;
    type AlgorandStandardAssetFeeSponsorId = dfns::types::AlgorandStandardAssetFeeSponsorId;
    type AlgorandStandardAssetKind = dfns::types::AlgorandStandardAssetKind;
    type AlgorandStandardAssetOtp = dfns::types::AlgorandStandardAssetOtp;
    type AlgorandStandardAssetReceivedAmount = dfns::types::AlgorandStandardAssetReceivedAmount;
    type AlgorandStandardAssetReceivedAssetId = dfns::types::AlgorandStandardAssetReceivedAssetId;
    type AlgorandStandardAssetReceivedExternalId =
        dfns::types::AlgorandStandardAssetReceivedExternalId;
    type AlgorandStandardAssetReceivedFeeSponsorId =
        dfns::types::AlgorandStandardAssetReceivedFeeSponsorId;
    type AlgorandStandardAssetReceivedKind = dfns::types::AlgorandStandardAssetReceivedKind;
    type AlgorandStandardAssetReceivedOtp = dfns::types::AlgorandStandardAssetReceivedOtp;
    type AlgorandStandardAssetReceivedTo = dfns::types::AlgorandStandardAssetReceivedTo;
    type AlgorandStandardAssetReceivedTravelRule =
        dfns::types::AlgorandStandardAssetReceivedTravelRule;
    type AlgorandStandardAssetReceivedWalletId = dfns::types::AlgorandStandardAssetReceivedWalletId;
    type AlgorandStandardAssetTo = dfns::types::AlgorandStandardAssetTo;
    type AlgorandStandardAssetTravelRule = dfns::types::AlgorandStandardAssetTravelRule;
    type AlgorandStandardAssetWalletId = dfns::types::AlgorandStandardAssetWalletId;
    type AliasModifyAction = dfns::types::AliasModifyAction;
    type AliasModifyReceivedAction = dfns::types::AliasModifyReceivedAction;
    type AliasModifyReceivedChangeRequest = dfns::types::AliasModifyReceivedChangeRequest;
    type AliasModifyReceivedChangeRequestBody = dfns::types::AliasModifyReceivedChangeRequestBody;
    type AliasModifyReceivedChangeRequestBodyDescription =
        dfns::types::AliasModifyReceivedChangeRequestBodyDescription;
    type AliasModifyReceivedChangeRequestBodyValues =
        dfns::types::AliasModifyReceivedChangeRequestBodyValues;
    type AliasModifyReceivedChangeRequestBodyValuesAddItem =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesAddItem;
    type AliasModifyReceivedChangeRequestBodyValuesAddItemMemo =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesAddItemMemo;
    type AliasModifyReceivedChangeRequestBodyValuesAddItemValue =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesAddItemValue;
    type AliasModifyReceivedChangeRequestBodyValuesRemoveItem =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesRemoveItem;
    type AliasModifyReceivedChangeRequestBodyValuesRemoveItemMemo =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesRemoveItemMemo;
    type AliasModifyReceivedChangeRequestBodyValuesRemoveItemValue =
        dfns::types::AliasModifyReceivedChangeRequestBodyValuesRemoveItemValue;
    type AliasModifyReceivedChangeRequestKind = dfns::types::AliasModifyReceivedChangeRequestKind;
    type AliasModifyReceivedPendingChangeRequest =
        dfns::types::AliasModifyReceivedPendingChangeRequest;
    type AliasModifyReceivedPendingChangeRequestBody =
        dfns::types::AliasModifyReceivedPendingChangeRequestBody;
    type AliasModifyReceivedPendingChangeRequestKind =
        dfns::types::AliasModifyReceivedPendingChangeRequestKind;
    type AliasModifyReceivedPendingChangeRequestOperationKind =
        dfns::types::AliasModifyReceivedPendingChangeRequestOperationKind;
    type AliasModifyReceivedPendingChangeRequestRequester =
        dfns::types::AliasModifyReceivedPendingChangeRequestRequester;
    type AliasModifyReceivedPendingChangeRequestStatus =
        dfns::types::AliasModifyReceivedPendingChangeRequestStatus;
    type AliasModifyReceivedStatus = dfns::types::AliasModifyReceivedStatus;
    type AlwaysTrigger = dfns::types::AlwaysTrigger;
    type AlwaysTriggerConfiguration = dfns::types::AlwaysTriggerConfiguration;
    type AlwaysTriggerKind = dfns::types::AlwaysTriggerKind;
    type AlwaysTriggerReceived = dfns::types::AlwaysTriggerReceived;
    type AlwaysTriggerReceivedKind = dfns::types::AlwaysTriggerReceivedKind;
    type AptosFungibleAssetAip21Amount = dfns::types::AptosFungibleAssetAip21Amount;
    type AptosFungibleAssetAip21ExternalId = dfns::types::AptosFungibleAssetAip21ExternalId;
    type AptosFungibleAssetAip21FeeSponsorId = dfns::types::AptosFungibleAssetAip21FeeSponsorId;
    type AptosFungibleAssetAip21Kind = dfns::types::AptosFungibleAssetAip21Kind;
    type AptosFungibleAssetAip21Metadata = dfns::types::AptosFungibleAssetAip21Metadata;
    type AptosFungibleAssetAip21ReceivedAmount = dfns::types::AptosFungibleAssetAip21ReceivedAmount;
    type AptosFungibleAssetAip21ReceivedExternalId =
        dfns::types::AptosFungibleAssetAip21ReceivedExternalId;
    type AptosFungibleAssetAip21ReceivedFeeSponsorId =
        dfns::types::AptosFungibleAssetAip21ReceivedFeeSponsorId;
    type AptosFungibleAssetAip21ReceivedKind = dfns::types::AptosFungibleAssetAip21ReceivedKind;
    type AptosFungibleAssetAip21ReceivedMetadata =
        dfns::types::AptosFungibleAssetAip21ReceivedMetadata;
    type AptosFungibleAssetAip21ReceivedTo = dfns::types::AptosFungibleAssetAip21ReceivedTo;
    type AptosFungibleAssetAip21ReceivedTravelRule =
        dfns::types::AptosFungibleAssetAip21ReceivedTravelRule;
    type AptosFungibleAssetAip21To = dfns::types::AptosFungibleAssetAip21To;
    type AptosFungibleAssetAip21TravelRule = dfns::types::AptosFungibleAssetAip21TravelRule;
    type AssignPermissionBody = dfns::types::AssignPermissionBody;
    type AssignPermissionBodyIdentityId = dfns::types::AssignPermissionBodyIdentityId;
    type AssignPermissionPermissionId = dfns::types::AssignPermissionPermissionId;
    type AssignPermissionResponse = dfns::types::AssignPermissionResponse;
    type BabylonAmount = dfns::types::BabylonAmount;
    type BabylonProvider = dfns::types::BabylonProvider;
    type BabylonReceivedActionsItem = dfns::types::BabylonReceivedActionsItem;
    type BabylonReceivedActionsItemKind = dfns::types::BabylonReceivedActionsItemKind;
    type BabylonReceivedActionsItemRequestBody = dfns::types::BabylonReceivedActionsItemRequestBody;
    type BabylonReceivedActionsItemRequestBodyVariant0 =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant0;
    type BabylonReceivedActionsItemRequestBodyVariant1 =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant0Amount =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant0Amount;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant0Kind =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant0Kind;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant0Protocol =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant0Protocol;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant1Amount =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant1Amount;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant1Kind =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant1Kind;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant1Protocol =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant1Protocol;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant2Kind =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant2Kind;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant2Protocol =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant2Protocol;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant3Kind =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant3Kind;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant3Protocol =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant3Protocol;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant4Kind =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant4Kind;
    type BabylonReceivedActionsItemRequestBodyVariant1Variant4Protocol =
        dfns::types::BabylonReceivedActionsItemRequestBodyVariant1Variant4Protocol;
    type BabylonReceivedActionsItemRequester = dfns::types::BabylonReceivedActionsItemRequester;
    type BabylonReceivedAmount = dfns::types::BabylonReceivedAmount;
    type BabylonReceivedData = dfns::types::BabylonReceivedData;
    type BabylonReceivedProvider = dfns::types::BabylonReceivedProvider;
    type BabylonReceivedRequestBody = dfns::types::BabylonReceivedRequestBody;
    type BabylonReceivedRequester = dfns::types::BabylonReceivedRequester;
    type BabylonReceivedStatus = dfns::types::BabylonReceivedStatus;
    type Bip322ExternalId = dfns::types::Bip322ExternalId;
    type Bip322Format = dfns::types::Bip322Format;
    type Bip322Message = dfns::types::Bip322Message;
    type Bip322ReceivedExternalId = dfns::types::Bip322ReceivedExternalId;
    type Bip322ReceivedFormat = dfns::types::Bip322ReceivedFormat;
    type Bip322ReceivedMessage = dfns::types::Bip322ReceivedMessage;
    type BitcoinReceivedFast = dfns::types::BitcoinReceivedFast;
    type BitcoinReceivedNetwork = dfns::types::BitcoinReceivedNetwork;
    type BitcoinReceivedSlow = dfns::types::BitcoinReceivedSlow;
    type BitcoinReceivedStandard = dfns::types::BitcoinReceivedStandard;
    type BlockchainKind = dfns::types::BlockchainKind;
    type CantonOfferSettlementDecision = dfns::types::CantonOfferSettlementDecision;
    type CantonOfferSettlementExternalId = dfns::types::CantonOfferSettlementExternalId;
    type CantonOfferSettlementReceivedDecision = dfns::types::CantonOfferSettlementReceivedDecision;
    type CantonOfferSettlementReceivedExternalId =
        dfns::types::CantonOfferSettlementReceivedExternalId;
    type CantonTransferPreapprovalExternalId = dfns::types::CantonTransferPreapprovalExternalId;
    type CantonTransferPreapprovalReceivedExternalId =
        dfns::types::CantonTransferPreapprovalReceivedExternalId;
    type CantonValidator = dfns::types::CantonValidator;
    type CantonValidatorId = dfns::types::CantonValidatorId;
    type CantonValidatorKind = dfns::types::CantonValidatorKind;
    type CantonValidatorNetwork = dfns::types::CantonValidatorNetwork;
    type CantonValidatorOrgId = dfns::types::CantonValidatorOrgId;
    type CardanoAssetAmount = dfns::types::CardanoAssetAmount;
    type CardanoAssetExternalId = dfns::types::CardanoAssetExternalId;
    type CardanoAssetFeeSponsorId = dfns::types::CardanoAssetFeeSponsorId;
    type CardanoAssetKind = dfns::types::CardanoAssetKind;
    type CardanoAssetReceivedAmount = dfns::types::CardanoAssetReceivedAmount;
    type CardanoAssetReceivedExternalId = dfns::types::CardanoAssetReceivedExternalId;
    type CardanoAssetReceivedFeeSponsorId = dfns::types::CardanoAssetReceivedFeeSponsorId;
    type CardanoAssetReceivedKind = dfns::types::CardanoAssetReceivedKind;
    type CardanoAssetReceivedTravelRule = dfns::types::CardanoAssetReceivedTravelRule;
    type CardanoAssetTravelRule = dfns::types::CardanoAssetTravelRule;
    type Cip8Context = dfns::types::Cip8Context;
    type Cip8ExternalAad = dfns::types::Cip8ExternalAad;
    type Cip8ExternalId = dfns::types::Cip8ExternalId;
    type Cip8Payload = dfns::types::Cip8Payload;
    type Cip8ReceivedContext = dfns::types::Cip8ReceivedContext;
    type Cip8ReceivedExternalAad = dfns::types::Cip8ReceivedExternalAad;
    type Cip8ReceivedExternalId = dfns::types::Cip8ReceivedExternalId;
    type Cip8ReceivedPayload = dfns::types::Cip8ReceivedPayload;
    type CompleteEndUserRegistrationWithWalletsBody =
        dfns::types::CompleteEndUserRegistrationWithWalletsBody;
    type CompleteEndUserRegistrationWithWalletsBodyFirstFactorCredential =
        dfns::types::CompleteEndUserRegistrationWithWalletsBodyFirstFactorCredential;
    type CompleteEndUserRegistrationWithWalletsBodySecondFactorCredential =
        dfns::types::CompleteEndUserRegistrationWithWalletsBodySecondFactorCredential;
    type CompleteEndUserRegistrationWithWalletsBodyWalletsItem =
        dfns::types::CompleteEndUserRegistrationWithWalletsBodyWalletsItem;
    type CompleteEndUserRegistrationWithWalletsBodyWalletsItemName =
        dfns::types::CompleteEndUserRegistrationWithWalletsBodyWalletsItemName;
    type CompleteEndUserRegistrationWithWalletsResponse =
        dfns::types::CompleteEndUserRegistrationWithWalletsResponse;
    type CompleteEndUserRegistrationWithWalletsResponseAuthentication =
        dfns::types::CompleteEndUserRegistrationWithWalletsResponseAuthentication;
    type CompleteEndUserRegistrationWithWalletsResponseCredential =
        dfns::types::CompleteEndUserRegistrationWithWalletsResponseCredential;
    type CompleteEndUserRegistrationWithWalletsResponseCredentialKind =
        dfns::types::CompleteEndUserRegistrationWithWalletsResponseCredentialKind;
    type CompleteEndUserRegistrationWithWalletsResponseUser =
        dfns::types::CompleteEndUserRegistrationWithWalletsResponseUser;
    type CompleteSsoLoginBody = dfns::types::CompleteSsoLoginBody;
    type CompleteSsoLoginResponse = dfns::types::CompleteSsoLoginResponse;
    type CompleteUserLoginBody = dfns::types::CompleteUserLoginBody;
    type CompleteUserLoginBodyFirstFactor = dfns::types::CompleteUserLoginBodyFirstFactor;
    type CompleteUserLoginBodySecondFactor = dfns::types::CompleteUserLoginBodySecondFactor;
    type CompleteUserLoginResponse = dfns::types::CompleteUserLoginResponse;
    type CompleteUserRegistrationBody = dfns::types::CompleteUserRegistrationBody;
    type CompleteUserRegistrationBodyFirstFactorCredential =
        dfns::types::CompleteUserRegistrationBodyFirstFactorCredential;
    type CompleteUserRegistrationBodySecondFactorCredential =
        dfns::types::CompleteUserRegistrationBodySecondFactorCredential;
    type CompleteUserRegistrationResponse = dfns::types::CompleteUserRegistrationResponse;
    type CompleteUserRegistrationResponseCredential =
        dfns::types::CompleteUserRegistrationResponseCredential;
    type CompleteUserRegistrationResponseCredentialKind =
        dfns::types::CompleteUserRegistrationResponseCredentialKind;
    type CompleteUserRegistrationResponseUser = dfns::types::CompleteUserRegistrationResponseUser;
    type CreateApprovalDecisionApprovalId = dfns::types::CreateApprovalDecisionApprovalId;
    type CreateApprovalDecisionBody = dfns::types::CreateApprovalDecisionBody;
    type CreateApprovalDecisionBodyReason = dfns::types::CreateApprovalDecisionBodyReason;
    type CreateApprovalDecisionBodyValue = dfns::types::CreateApprovalDecisionBodyValue;
    type CreateApprovalDecisionResponse = dfns::types::CreateApprovalDecisionResponse;
    type CreateApprovalDecisionResponseActivity =
        dfns::types::CreateApprovalDecisionResponseActivity;
    type CreateApprovalDecisionResponseDecisionsItem =
        dfns::types::CreateApprovalDecisionResponseDecisionsItem;
    type CreateApprovalDecisionResponseDecisionsItemValue =
        dfns::types::CreateApprovalDecisionResponseDecisionsItemValue;
    type CreateApprovalDecisionResponsePolicyEvaluationsItem =
        dfns::types::CreateApprovalDecisionResponsePolicyEvaluationsItem;
    type CreateApprovalDecisionResponseStatus = dfns::types::CreateApprovalDecisionResponseStatus;
    type CreateCantonValidatorBody = dfns::types::CreateCantonValidatorBody;
    type CreateCantonValidatorNetwork = dfns::types::CreateCantonValidatorNetwork;
    type CreateCredentialBody = dfns::types::CreateCredentialBody;
    type CreateCredentialChallengeBody = dfns::types::CreateCredentialChallengeBody;
    type CreateCredentialChallengeBodyKind = dfns::types::CreateCredentialChallengeBodyKind;
    type CreateCredentialChallengeResponse = dfns::types::CreateCredentialChallengeResponse;
    type CreateCredentialChallengeWithCodeBody = dfns::types::CreateCredentialChallengeWithCodeBody;
    type CreateCredentialChallengeWithCodeBodyCode =
        dfns::types::CreateCredentialChallengeWithCodeBodyCode;
    type CreateCredentialChallengeWithCodeBodyCredentialKind =
        dfns::types::CreateCredentialChallengeWithCodeBodyCredentialKind;
    type CreateCredentialChallengeWithCodeResponse =
        dfns::types::CreateCredentialChallengeWithCodeResponse;
    type CreateCredentialCodeBody = dfns::types::CreateCredentialCodeBody;
    type CreateCredentialCodeResponse = dfns::types::CreateCredentialCodeResponse;
    type CreateCredentialResponse = dfns::types::CreateCredentialResponse;
    type CreateCredentialResponseKind = dfns::types::CreateCredentialResponseKind;
    type CreateCredentialWithCodeBody = dfns::types::CreateCredentialWithCodeBody;
    type CreateCredentialWithCodeResponse = dfns::types::CreateCredentialWithCodeResponse;
    type CreateCredentialWithCodeResponseKind = dfns::types::CreateCredentialWithCodeResponseKind;
    type CreateDelegatedRecoveryChallengeBody = dfns::types::CreateDelegatedRecoveryChallengeBody;
    type CreateDelegatedRecoveryChallengeBodyCredentialId =
        dfns::types::CreateDelegatedRecoveryChallengeBodyCredentialId;
    type CreateDelegatedRecoveryChallengeBodyUsername =
        dfns::types::CreateDelegatedRecoveryChallengeBodyUsername;
    type CreateDelegatedRecoveryChallengeResponse =
        dfns::types::CreateDelegatedRecoveryChallengeResponse;
    type CreateDelegatedRecoveryChallengeResponseAllowedRecoveryCredentialsItem =
        dfns::types::CreateDelegatedRecoveryChallengeResponseAllowedRecoveryCredentialsItem;
    type CreateDelegatedRecoveryChallengeResponseAttestation =
        dfns::types::CreateDelegatedRecoveryChallengeResponseAttestation;
    type CreateDelegatedRecoveryChallengeResponseAuthenticatorSelection =
        dfns::types::CreateDelegatedRecoveryChallengeResponseAuthenticatorSelection;
    type CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionAuthenticatorAttachment = dfns::types::CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionAuthenticatorAttachment;
    type CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionResidentKey =
        dfns::types::CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionResidentKey;
    type CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionUserVerification =
        dfns::types::CreateDelegatedRecoveryChallengeResponseAuthenticatorSelectionUserVerification;
    type CreateDelegatedRecoveryChallengeResponseExcludeCredentialsItem =
        dfns::types::CreateDelegatedRecoveryChallengeResponseExcludeCredentialsItem;
    type CreateDelegatedRecoveryChallengeResponseExcludeCredentialsItemType =
        dfns::types::CreateDelegatedRecoveryChallengeResponseExcludeCredentialsItemType;
    type CreateDelegatedRecoveryChallengeResponsePubKeyCredParamsItem =
        dfns::types::CreateDelegatedRecoveryChallengeResponsePubKeyCredParamsItem;
    type CreateDelegatedRecoveryChallengeResponsePubKeyCredParamsItemType =
        dfns::types::CreateDelegatedRecoveryChallengeResponsePubKeyCredParamsItemType;
    type CreateDelegatedRecoveryChallengeResponseRp =
        dfns::types::CreateDelegatedRecoveryChallengeResponseRp;
    type CreateDelegatedRecoveryChallengeResponseSupportedCredentialKinds =
        dfns::types::CreateDelegatedRecoveryChallengeResponseSupportedCredentialKinds;
    type CreateDelegatedRecoveryChallengeResponseSupportedCredentialKindsFirstFactorItem = dfns::types::CreateDelegatedRecoveryChallengeResponseSupportedCredentialKindsFirstFactorItem;
    type CreateDelegatedRecoveryChallengeResponseSupportedCredentialKindsSecondFactorItem = dfns::types::CreateDelegatedRecoveryChallengeResponseSupportedCredentialKindsSecondFactorItem;
    type CreateDelegatedRecoveryChallengeResponseUser =
        dfns::types::CreateDelegatedRecoveryChallengeResponseUser;
    type CreateDelegatedRegistrationChallengeBody =
        dfns::types::CreateDelegatedRegistrationChallengeBody;
    type CreateDelegatedRegistrationChallengeBodyEmail =
        dfns::types::CreateDelegatedRegistrationChallengeBodyEmail;
    type CreateDelegatedRegistrationChallengeBodyExternalId =
        dfns::types::CreateDelegatedRegistrationChallengeBodyExternalId;
    type CreateDelegatedRegistrationChallengeBodyKind =
        dfns::types::CreateDelegatedRegistrationChallengeBodyKind;
    type CreateDelegatedRegistrationChallengeResponse =
        dfns::types::CreateDelegatedRegistrationChallengeResponse;
    type CreateDelegatedRegistrationChallengeResponseAttestation =
        dfns::types::CreateDelegatedRegistrationChallengeResponseAttestation;
    type CreateDelegatedRegistrationChallengeResponseAuthenticatorSelection =
        dfns::types::CreateDelegatedRegistrationChallengeResponseAuthenticatorSelection;
    type CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment = dfns::types::CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment;
    type CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionResidentKey =
        dfns::types::CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionResidentKey;
    type CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionUserVerification = dfns::types::CreateDelegatedRegistrationChallengeResponseAuthenticatorSelectionUserVerification;
    type CreateDelegatedRegistrationChallengeResponseExcludeCredentialsItem =
        dfns::types::CreateDelegatedRegistrationChallengeResponseExcludeCredentialsItem;
    type CreateDelegatedRegistrationChallengeResponseExcludeCredentialsItemType =
        dfns::types::CreateDelegatedRegistrationChallengeResponseExcludeCredentialsItemType;
    type CreateDelegatedRegistrationChallengeResponsePubKeyCredParamsItem =
        dfns::types::CreateDelegatedRegistrationChallengeResponsePubKeyCredParamsItem;
    type CreateDelegatedRegistrationChallengeResponsePubKeyCredParamsItemType =
        dfns::types::CreateDelegatedRegistrationChallengeResponsePubKeyCredParamsItemType;
    type CreateDelegatedRegistrationChallengeResponseRp =
        dfns::types::CreateDelegatedRegistrationChallengeResponseRp;
    type CreateDelegatedRegistrationChallengeResponseSupportedCredentialKinds =
        dfns::types::CreateDelegatedRegistrationChallengeResponseSupportedCredentialKinds;
    type CreateDelegatedRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem = dfns::types::CreateDelegatedRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem;
    type CreateDelegatedRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem = dfns::types::CreateDelegatedRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem;
    type CreateDelegatedRegistrationChallengeResponseUser =
        dfns::types::CreateDelegatedRegistrationChallengeResponseUser;
    type CreateExchangeBody = dfns::types::CreateExchangeBody;
    type CreateExchangeBodyKind = dfns::types::CreateExchangeBodyKind;
    type CreateExchangeBodyName = dfns::types::CreateExchangeBodyName;
    type CreateExchangeBodyReadConfiguration = dfns::types::CreateExchangeBodyReadConfiguration;
    type CreateExchangeBodyWriteConfiguration = dfns::types::CreateExchangeBodyWriteConfiguration;
    type CreateExchangeDepositAccountId = dfns::types::CreateExchangeDepositAccountId;
    type CreateExchangeDepositBody = dfns::types::CreateExchangeDepositBody;
    type CreateExchangeDepositExchangeId = dfns::types::CreateExchangeDepositExchangeId;
    type CreateExchangeDepositResponse = dfns::types::CreateExchangeDepositResponse;
    type CreateExchangeDepositResponseKind = dfns::types::CreateExchangeDepositResponseKind;
    type CreateExchangeDepositResponseRequestBody =
        dfns::types::CreateExchangeDepositResponseRequestBody;
    type CreateExchangeDepositResponseRequester =
        dfns::types::CreateExchangeDepositResponseRequester;
    type CreateExchangeResponse = dfns::types::CreateExchangeResponse;
    type CreateExchangeResponseKind = dfns::types::CreateExchangeResponseKind;
    type CreateExchangeWithdrawalAccountId = dfns::types::CreateExchangeWithdrawalAccountId;
    type CreateExchangeWithdrawalBody = dfns::types::CreateExchangeWithdrawalBody;
    type CreateExchangeWithdrawalExchangeId = dfns::types::CreateExchangeWithdrawalExchangeId;
    type CreateExchangeWithdrawalResponse = dfns::types::CreateExchangeWithdrawalResponse;
    type CreateExchangeWithdrawalResponseKind = dfns::types::CreateExchangeWithdrawalResponseKind;
    type CreateExchangeWithdrawalResponseRequestBody =
        dfns::types::CreateExchangeWithdrawalResponseRequestBody;
    type CreateExchangeWithdrawalResponseRequester =
        dfns::types::CreateExchangeWithdrawalResponseRequester;
    type CreateFeeSponsorBody = dfns::types::CreateFeeSponsorBody;
    type CreateFeeSponsorBodyName = dfns::types::CreateFeeSponsorBodyName;
    type CreateFeeSponsorBodyWalletId = dfns::types::CreateFeeSponsorBodyWalletId;
    type CreateFeeSponsorResponse = dfns::types::CreateFeeSponsorResponse;
    type CreateFeeSponsorResponseId = dfns::types::CreateFeeSponsorResponseId;
    type CreateFeeSponsorResponseStatus = dfns::types::CreateFeeSponsorResponseStatus;
    type CreateFeeSponsorResponseWalletId = dfns::types::CreateFeeSponsorResponseWalletId;
    type CreateKeyBody = dfns::types::CreateKeyBody;
    type CreateKeyBodyCurve = dfns::types::CreateKeyBodyCurve;
    type CreateKeyBodyDelegateTo = dfns::types::CreateKeyBodyDelegateTo;
    type CreateKeyBodyName = dfns::types::CreateKeyBodyName;
    type CreateKeyBodyScheme = dfns::types::CreateKeyBodyScheme;
    type CreateKeyBodyStoreId = dfns::types::CreateKeyBodyStoreId;
    type CreateKeyResponse = dfns::types::CreateKeyResponse;
    type CreateKeyResponseCurve = dfns::types::CreateKeyResponseCurve;
    type CreateKeyResponseScheme = dfns::types::CreateKeyResponseScheme;
    type CreateKeyResponseStatus = dfns::types::CreateKeyResponseStatus;
    type CreateLoginChallengeBody = dfns::types::CreateLoginChallengeBody;
    type CreateLoginChallengeResponse = dfns::types::CreateLoginChallengeResponse;
    type CreateLoginChallengeResponseAllowCredentials =
        dfns::types::CreateLoginChallengeResponseAllowCredentials;
    type CreateLoginChallengeResponseAllowCredentialsKeyItem =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsKeyItem;
    type CreateLoginChallengeResponseAllowCredentialsKeyItemType =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsKeyItemType;
    type CreateLoginChallengeResponseAllowCredentialsPasswordProtectedKeyItem =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsPasswordProtectedKeyItem;
    type CreateLoginChallengeResponseAllowCredentialsPasswordProtectedKeyItemType =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsPasswordProtectedKeyItemType;
    type CreateLoginChallengeResponseAllowCredentialsWebauthnItem =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsWebauthnItem;
    type CreateLoginChallengeResponseAllowCredentialsWebauthnItemType =
        dfns::types::CreateLoginChallengeResponseAllowCredentialsWebauthnItemType;
    type CreateLoginChallengeResponseAttestation =
        dfns::types::CreateLoginChallengeResponseAttestation;
    type CreateLoginChallengeResponseRp = dfns::types::CreateLoginChallengeResponseRp;
    type CreateLoginChallengeResponseSupportedCredentialKindsItem =
        dfns::types::CreateLoginChallengeResponseSupportedCredentialKindsItem;
    type CreateLoginChallengeResponseSupportedCredentialKindsItemFactor =
        dfns::types::CreateLoginChallengeResponseSupportedCredentialKindsItemFactor;
    type CreateLoginChallengeResponseSupportedCredentialKindsItemKind =
        dfns::types::CreateLoginChallengeResponseSupportedCredentialKindsItemKind;
    type CreateLoginChallengeResponseUserVerification =
        dfns::types::CreateLoginChallengeResponseUserVerification;
    type CreatePermissionBody = dfns::types::CreatePermissionBody;
    type CreatePermissionBodyName = dfns::types::CreatePermissionBodyName;
    type CreatePermissionBodyOperationsItem = dfns::types::CreatePermissionBodyOperationsItem;
    type CreatePermissionResponse = dfns::types::CreatePermissionResponse;
    type CreatePermissionResponseStatus = dfns::types::CreatePermissionResponseStatus;
    type CreatePersonalAccessTokenBody = dfns::types::CreatePersonalAccessTokenBody;
    type CreatePersonalAccessTokenBodyName = dfns::types::CreatePersonalAccessTokenBodyName;
    type CreatePersonalAccessTokenBodyPublicKey =
        dfns::types::CreatePersonalAccessTokenBodyPublicKey;
    type CreatePersonalAccessTokenResponse = dfns::types::CreatePersonalAccessTokenResponse;
    type CreatePersonalAccessTokenResponseKind = dfns::types::CreatePersonalAccessTokenResponseKind;
    type CreatePersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::CreatePersonalAccessTokenResponsePermissionAssignmentsItem;
    type CreatePolicyBody = dfns::types::CreatePolicyBody;
    type CreatePolicyResponse = dfns::types::CreatePolicyResponse;
    type CreateRecoveryChallengeBody = dfns::types::CreateRecoveryChallengeBody;
    type CreateRecoveryChallengeBodyCredentialId =
        dfns::types::CreateRecoveryChallengeBodyCredentialId;
    type CreateRecoveryChallengeBodyOrgId = dfns::types::CreateRecoveryChallengeBodyOrgId;
    type CreateRecoveryChallengeBodyUsername = dfns::types::CreateRecoveryChallengeBodyUsername;
    type CreateRecoveryChallengeBodyVerificationCode =
        dfns::types::CreateRecoveryChallengeBodyVerificationCode;
    type CreateRecoveryChallengeResponse = dfns::types::CreateRecoveryChallengeResponse;
    type CreateRecoveryChallengeResponseAllowedRecoveryCredentialsItem =
        dfns::types::CreateRecoveryChallengeResponseAllowedRecoveryCredentialsItem;
    type CreateRecoveryChallengeResponseAttestation =
        dfns::types::CreateRecoveryChallengeResponseAttestation;
    type CreateRecoveryChallengeResponseAuthenticatorSelection =
        dfns::types::CreateRecoveryChallengeResponseAuthenticatorSelection;
    type CreateRecoveryChallengeResponseAuthenticatorSelectionAuthenticatorAttachment =
        dfns::types::CreateRecoveryChallengeResponseAuthenticatorSelectionAuthenticatorAttachment;
    type CreateRecoveryChallengeResponseAuthenticatorSelectionResidentKey =
        dfns::types::CreateRecoveryChallengeResponseAuthenticatorSelectionResidentKey;
    type CreateRecoveryChallengeResponseAuthenticatorSelectionUserVerification =
        dfns::types::CreateRecoveryChallengeResponseAuthenticatorSelectionUserVerification;
    type CreateRecoveryChallengeResponseExcludeCredentialsItem =
        dfns::types::CreateRecoveryChallengeResponseExcludeCredentialsItem;
    type CreateRecoveryChallengeResponseExcludeCredentialsItemType =
        dfns::types::CreateRecoveryChallengeResponseExcludeCredentialsItemType;
    type CreateRecoveryChallengeResponsePubKeyCredParamsItem =
        dfns::types::CreateRecoveryChallengeResponsePubKeyCredParamsItem;
    type CreateRecoveryChallengeResponsePubKeyCredParamsItemType =
        dfns::types::CreateRecoveryChallengeResponsePubKeyCredParamsItemType;
    type CreateRecoveryChallengeResponseRp = dfns::types::CreateRecoveryChallengeResponseRp;
    type CreateRecoveryChallengeResponseSupportedCredentialKinds =
        dfns::types::CreateRecoveryChallengeResponseSupportedCredentialKinds;
    type CreateRecoveryChallengeResponseSupportedCredentialKindsFirstFactorItem =
        dfns::types::CreateRecoveryChallengeResponseSupportedCredentialKindsFirstFactorItem;
    type CreateRecoveryChallengeResponseSupportedCredentialKindsSecondFactorItem =
        dfns::types::CreateRecoveryChallengeResponseSupportedCredentialKindsSecondFactorItem;
    type CreateRecoveryChallengeResponseUser = dfns::types::CreateRecoveryChallengeResponseUser;
    type CreateRegistrationChallengeBody = dfns::types::CreateRegistrationChallengeBody;
    type CreateRegistrationChallengeBodyOrgId = dfns::types::CreateRegistrationChallengeBodyOrgId;
    type CreateRegistrationChallengeBodyRegistrationCode =
        dfns::types::CreateRegistrationChallengeBodyRegistrationCode;
    type CreateRegistrationChallengeBodyUsername =
        dfns::types::CreateRegistrationChallengeBodyUsername;
    type CreateRegistrationChallengeResponse = dfns::types::CreateRegistrationChallengeResponse;
    type CreateRegistrationChallengeResponseAttestation =
        dfns::types::CreateRegistrationChallengeResponseAttestation;
    type CreateRegistrationChallengeResponseAuthenticatorSelection =
        dfns::types::CreateRegistrationChallengeResponseAuthenticatorSelection;
    type CreateRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment = dfns::types::CreateRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment;
    type CreateRegistrationChallengeResponseAuthenticatorSelectionResidentKey =
        dfns::types::CreateRegistrationChallengeResponseAuthenticatorSelectionResidentKey;
    type CreateRegistrationChallengeResponseAuthenticatorSelectionUserVerification =
        dfns::types::CreateRegistrationChallengeResponseAuthenticatorSelectionUserVerification;
    type CreateRegistrationChallengeResponseExcludeCredentialsItem =
        dfns::types::CreateRegistrationChallengeResponseExcludeCredentialsItem;
    type CreateRegistrationChallengeResponseExcludeCredentialsItemType =
        dfns::types::CreateRegistrationChallengeResponseExcludeCredentialsItemType;
    type CreateRegistrationChallengeResponsePubKeyCredParamsItem =
        dfns::types::CreateRegistrationChallengeResponsePubKeyCredParamsItem;
    type CreateRegistrationChallengeResponsePubKeyCredParamsItemType =
        dfns::types::CreateRegistrationChallengeResponsePubKeyCredParamsItemType;
    type CreateRegistrationChallengeResponseRp = dfns::types::CreateRegistrationChallengeResponseRp;
    type CreateRegistrationChallengeResponseSupportedCredentialKinds =
        dfns::types::CreateRegistrationChallengeResponseSupportedCredentialKinds;
    type CreateRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem =
        dfns::types::CreateRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem;
    type CreateRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem =
        dfns::types::CreateRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem;
    type CreateRegistrationChallengeResponseUser =
        dfns::types::CreateRegistrationChallengeResponseUser;
    type CreateServiceAccountBody = dfns::types::CreateServiceAccountBody;
    type CreateServiceAccountBodyName = dfns::types::CreateServiceAccountBodyName;
    type CreateServiceAccountBodyPublicKey = dfns::types::CreateServiceAccountBodyPublicKey;
    type CreateServiceAccountResponse = dfns::types::CreateServiceAccountResponse;
    type CreateServiceAccountResponseAccessTokensItem =
        dfns::types::CreateServiceAccountResponseAccessTokensItem;
    type CreateServiceAccountResponseAccessTokensItemKind =
        dfns::types::CreateServiceAccountResponseAccessTokensItemKind;
    type CreateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::CreateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type CreateServiceAccountResponseUserInfo = dfns::types::CreateServiceAccountResponseUserInfo;
    type CreateServiceAccountResponseUserInfoKind =
        dfns::types::CreateServiceAccountResponseUserInfoKind;
    type CreateServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::CreateServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type CreateServiceAccountResponseUserInfoUserId =
        dfns::types::CreateServiceAccountResponseUserInfoUserId;
    type CreateSocialRegistrationChallengeBody = dfns::types::CreateSocialRegistrationChallengeBody;
    type CreateSocialRegistrationChallengeBodySocialLoginProviderKind =
        dfns::types::CreateSocialRegistrationChallengeBodySocialLoginProviderKind;
    type CreateSocialRegistrationChallengeResponse =
        dfns::types::CreateSocialRegistrationChallengeResponse;
    type CreateSocialRegistrationChallengeResponseAttestation =
        dfns::types::CreateSocialRegistrationChallengeResponseAttestation;
    type CreateSocialRegistrationChallengeResponseAuthenticatorSelection =
        dfns::types::CreateSocialRegistrationChallengeResponseAuthenticatorSelection;
    type CreateSocialRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment = dfns::types::CreateSocialRegistrationChallengeResponseAuthenticatorSelectionAuthenticatorAttachment;
    type CreateSocialRegistrationChallengeResponseAuthenticatorSelectionResidentKey =
        dfns::types::CreateSocialRegistrationChallengeResponseAuthenticatorSelectionResidentKey;
    type CreateSocialRegistrationChallengeResponseAuthenticatorSelectionUserVerification = dfns::types::CreateSocialRegistrationChallengeResponseAuthenticatorSelectionUserVerification;
    type CreateSocialRegistrationChallengeResponseExcludeCredentialsItem =
        dfns::types::CreateSocialRegistrationChallengeResponseExcludeCredentialsItem;
    type CreateSocialRegistrationChallengeResponseExcludeCredentialsItemType =
        dfns::types::CreateSocialRegistrationChallengeResponseExcludeCredentialsItemType;
    type CreateSocialRegistrationChallengeResponsePubKeyCredParamsItem =
        dfns::types::CreateSocialRegistrationChallengeResponsePubKeyCredParamsItem;
    type CreateSocialRegistrationChallengeResponsePubKeyCredParamsItemType =
        dfns::types::CreateSocialRegistrationChallengeResponsePubKeyCredParamsItemType;
    type CreateSocialRegistrationChallengeResponseRp =
        dfns::types::CreateSocialRegistrationChallengeResponseRp;
    type CreateSocialRegistrationChallengeResponseSupportedCredentialKinds =
        dfns::types::CreateSocialRegistrationChallengeResponseSupportedCredentialKinds;
    type CreateSocialRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem = dfns::types::CreateSocialRegistrationChallengeResponseSupportedCredentialKindsFirstFactorItem;
    type CreateSocialRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem = dfns::types::CreateSocialRegistrationChallengeResponseSupportedCredentialKindsSecondFactorItem;
    type CreateSocialRegistrationChallengeResponseUser =
        dfns::types::CreateSocialRegistrationChallengeResponseUser;
    type CreateStakeActionBody = dfns::types::CreateStakeActionBody;
    type CreateStakeActionBodyVariant0Amount = dfns::types::CreateStakeActionBodyVariant0Amount;
    type CreateStakeActionBodyVariant0Kind = dfns::types::CreateStakeActionBodyVariant0Kind;
    type CreateStakeActionBodyVariant0Protocol = dfns::types::CreateStakeActionBodyVariant0Protocol;
    type CreateStakeActionBodyVariant1Amount = dfns::types::CreateStakeActionBodyVariant1Amount;
    type CreateStakeActionBodyVariant1Kind = dfns::types::CreateStakeActionBodyVariant1Kind;
    type CreateStakeActionBodyVariant1Protocol = dfns::types::CreateStakeActionBodyVariant1Protocol;
    type CreateStakeActionBodyVariant2Kind = dfns::types::CreateStakeActionBodyVariant2Kind;
    type CreateStakeActionBodyVariant2Protocol = dfns::types::CreateStakeActionBodyVariant2Protocol;
    type CreateStakeActionBodyVariant3Kind = dfns::types::CreateStakeActionBodyVariant3Kind;
    type CreateStakeActionBodyVariant3Protocol = dfns::types::CreateStakeActionBodyVariant3Protocol;
    type CreateStakeActionBodyVariant4Kind = dfns::types::CreateStakeActionBodyVariant4Kind;
    type CreateStakeActionBodyVariant4Protocol = dfns::types::CreateStakeActionBodyVariant4Protocol;
    type CreateStakeActionResponse = dfns::types::CreateStakeActionResponse;
    type CreateStakeActionStakeId = dfns::types::CreateStakeActionStakeId;
    type CreateStakeBody = dfns::types::CreateStakeBody;
    type CreateStakeResponse = dfns::types::CreateStakeResponse;
    type CreateSwapBody = dfns::types::CreateSwapBody;
    type CreateSwapBodyProvider = dfns::types::CreateSwapBodyProvider;
    type CreateSwapBodyQuoteId = dfns::types::CreateSwapBodyQuoteId;
    type CreateSwapBodySourceAsset = dfns::types::CreateSwapBodySourceAsset;
    type CreateSwapBodyTargetAsset = dfns::types::CreateSwapBodyTargetAsset;
    type CreateSwapBodyTargetWalletId = dfns::types::CreateSwapBodyTargetWalletId;
    type CreateSwapBodyWalletId = dfns::types::CreateSwapBodyWalletId;
    type CreateUserActionChallengeBody = dfns::types::CreateUserActionChallengeBody;
    type CreateUserActionChallengeBodyUserActionHttpMethod =
        dfns::types::CreateUserActionChallengeBodyUserActionHttpMethod;
    type CreateUserActionChallengeBodyUserActionHttpPath =
        dfns::types::CreateUserActionChallengeBodyUserActionHttpPath;
    type CreateUserActionChallengeBodyUserActionServerKind =
        dfns::types::CreateUserActionChallengeBodyUserActionServerKind;
    type CreateUserActionChallengeResponse = dfns::types::CreateUserActionChallengeResponse;
    type CreateUserActionChallengeResponseAllowCredentials =
        dfns::types::CreateUserActionChallengeResponseAllowCredentials;
    type CreateUserActionChallengeResponseAllowCredentialsKeyItem =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsKeyItem;
    type CreateUserActionChallengeResponseAllowCredentialsKeyItemType =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsKeyItemType;
    type CreateUserActionChallengeResponseAllowCredentialsPasswordProtectedKeyItem =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsPasswordProtectedKeyItem;
    type CreateUserActionChallengeResponseAllowCredentialsPasswordProtectedKeyItemType =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsPasswordProtectedKeyItemType;
    type CreateUserActionChallengeResponseAllowCredentialsWebauthnItem =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsWebauthnItem;
    type CreateUserActionChallengeResponseAllowCredentialsWebauthnItemType =
        dfns::types::CreateUserActionChallengeResponseAllowCredentialsWebauthnItemType;
    type CreateUserActionChallengeResponseAttestation =
        dfns::types::CreateUserActionChallengeResponseAttestation;
    type CreateUserActionChallengeResponseRp = dfns::types::CreateUserActionChallengeResponseRp;
    type CreateUserActionChallengeResponseSupportedCredentialKindsItem =
        dfns::types::CreateUserActionChallengeResponseSupportedCredentialKindsItem;
    type CreateUserActionChallengeResponseSupportedCredentialKindsItemFactor =
        dfns::types::CreateUserActionChallengeResponseSupportedCredentialKindsItemFactor;
    type CreateUserActionChallengeResponseSupportedCredentialKindsItemKind =
        dfns::types::CreateUserActionChallengeResponseSupportedCredentialKindsItemKind;
    type CreateUserActionChallengeResponseUserVerification =
        dfns::types::CreateUserActionChallengeResponseUserVerification;
    type CreateUserActionSignatureBody = dfns::types::CreateUserActionSignatureBody;
    type CreateUserActionSignatureBodyFirstFactor =
        dfns::types::CreateUserActionSignatureBodyFirstFactor;
    type CreateUserActionSignatureBodySecondFactor =
        dfns::types::CreateUserActionSignatureBodySecondFactor;
    type CreateUserActionSignatureResponse = dfns::types::CreateUserActionSignatureResponse;
    type CreateUserBody = dfns::types::CreateUserBody;
    type CreateUserBodyKind = dfns::types::CreateUserBodyKind;
    type CreateWalletBody = dfns::types::CreateWalletBody;
    type CreateWalletBodyDelegateTo = dfns::types::CreateWalletBodyDelegateTo;
    type CreateWalletBodyExternalId = dfns::types::CreateWalletBodyExternalId;
    type CreateWalletBodyName = dfns::types::CreateWalletBodyName;
    type CreateWalletBodySigningKey = dfns::types::CreateWalletBodySigningKey;
    type CreateWalletBodySigningKeyCurve = dfns::types::CreateWalletBodySigningKeyCurve;
    type CreateWalletBodySigningKeyId = dfns::types::CreateWalletBodySigningKeyId;
    type CreateWalletBodySigningKeyScheme = dfns::types::CreateWalletBodySigningKeyScheme;
    type CreateWalletBodyTagsItem = dfns::types::CreateWalletBodyTagsItem;
    type CreateWalletBodyValidatorId = dfns::types::CreateWalletBodyValidatorId;
    type CreateWebhookBody = dfns::types::CreateWebhookBody;
    type CreateWebhookBodyDescription = dfns::types::CreateWebhookBodyDescription;
    type CreateWebhookBodyEventsItem = dfns::types::CreateWebhookBodyEventsItem;
    type CreateWebhookBodyStatus = dfns::types::CreateWebhookBodyStatus;
    type CreateWebhookResponse = dfns::types::CreateWebhookResponse;
    type CreateWebhookResponseEventsItem = dfns::types::CreateWebhookResponseEventsItem;
    type CreateWebhookResponseStatus = dfns::types::CreateWebhookResponseStatus;
    type CreateYieldActionResponse = dfns::types::CreateYieldActionResponse;
    type CreateYieldActionResponseAmount = dfns::types::CreateYieldActionResponseAmount;
    type CreateYieldActionResponseId = dfns::types::CreateYieldActionResponseId;
    type CreateYieldActionResponseProtocol = dfns::types::CreateYieldActionResponseProtocol;
    type CreateYieldActionResponseRewards = dfns::types::CreateYieldActionResponseRewards;
    type CreateYieldActionResponseWalletId = dfns::types::CreateYieldActionResponseWalletId;
    type CreateYieldActionYieldId = dfns::types::CreateYieldActionYieldId;
    type CreateYieldBody = dfns::types::CreateYieldBody;
    type CreateYieldResponse = dfns::types::CreateYieldResponse;
    type CreateYieldResponseAmount = dfns::types::CreateYieldResponseAmount;
    type CreateYieldResponseId = dfns::types::CreateYieldResponseId;
    type CreateYieldResponseProtocol = dfns::types::CreateYieldResponseProtocol;
    type CreateYieldResponseRewards = dfns::types::CreateYieldResponseRewards;
    type CreateYieldResponseWalletId = dfns::types::CreateYieldResponseWalletId;
    type DeactivateCredentialBody = dfns::types::DeactivateCredentialBody;
    type DeactivateCredentialBodyCredentialUuid =
        dfns::types::DeactivateCredentialBodyCredentialUuid;
    type DeactivateCredentialResponse = dfns::types::DeactivateCredentialResponse;
    type DeactivateFeeSponsorFeeSponsorId = dfns::types::DeactivateFeeSponsorFeeSponsorId;
    type DeactivateFeeSponsorResponse = dfns::types::DeactivateFeeSponsorResponse;
    type DeactivateFeeSponsorResponseId = dfns::types::DeactivateFeeSponsorResponseId;
    type DeactivateFeeSponsorResponseStatus = dfns::types::DeactivateFeeSponsorResponseStatus;
    type DeactivateFeeSponsorResponseWalletId = dfns::types::DeactivateFeeSponsorResponseWalletId;
    type DeactivatePersonalAccessTokenResponse = dfns::types::DeactivatePersonalAccessTokenResponse;
    type DeactivatePersonalAccessTokenResponseKind =
        dfns::types::DeactivatePersonalAccessTokenResponseKind;
    type DeactivatePersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::DeactivatePersonalAccessTokenResponsePermissionAssignmentsItem;
    type DeactivatePersonalAccessTokenTokenId = dfns::types::DeactivatePersonalAccessTokenTokenId;
    type DeactivateServiceAccountResponse = dfns::types::DeactivateServiceAccountResponse;
    type DeactivateServiceAccountResponseAccessTokensItem =
        dfns::types::DeactivateServiceAccountResponseAccessTokensItem;
    type DeactivateServiceAccountResponseAccessTokensItemKind =
        dfns::types::DeactivateServiceAccountResponseAccessTokensItemKind;
    type DeactivateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::DeactivateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type DeactivateServiceAccountResponseUserInfo =
        dfns::types::DeactivateServiceAccountResponseUserInfo;
    type DeactivateServiceAccountResponseUserInfoKind =
        dfns::types::DeactivateServiceAccountResponseUserInfoKind;
    type DeactivateServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::DeactivateServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type DeactivateServiceAccountResponseUserInfoUserId =
        dfns::types::DeactivateServiceAccountResponseUserInfoUserId;
    type DeactivateServiceAccountServiceAccountId =
        dfns::types::DeactivateServiceAccountServiceAccountId;
    type DeactivateUserUserId = dfns::types::DeactivateUserUserId;
    type DelegateKeyBody = dfns::types::DelegateKeyBody;
    type DelegateKeyBodyDelegateTo = dfns::types::DelegateKeyBodyDelegateTo;
    type DelegateKeyKeyId = dfns::types::DelegateKeyKeyId;
    type DelegateKeyResponse = dfns::types::DelegateKeyResponse;
    type DelegateKeyResponseStatus = dfns::types::DelegateKeyResponseStatus;
    type DelegateWalletBody = dfns::types::DelegateWalletBody;
    type DelegateWalletBodyUserId = dfns::types::DelegateWalletBodyUserId;
    type DelegateWalletResponse = dfns::types::DelegateWalletResponse;
    type DelegateWalletResponseStatus = dfns::types::DelegateWalletResponseStatus;
    type DelegateWalletWalletId = dfns::types::DelegateWalletWalletId;
    type DelegatedLoginBody = dfns::types::DelegatedLoginBody;
    type DelegatedLoginResponse = dfns::types::DelegatedLoginResponse;
    type DeleteCantonValidatorNetwork = dfns::types::DeleteCantonValidatorNetwork;
    type DeleteCantonValidatorValidatorId = dfns::types::DeleteCantonValidatorValidatorId;
    type DeleteExchangeExchangeId = dfns::types::DeleteExchangeExchangeId;
    type DeleteExchangeResponse = dfns::types::DeleteExchangeResponse;
    type DeleteFeeSponsorFeeSponsorId = dfns::types::DeleteFeeSponsorFeeSponsorId;
    type DeleteFeeSponsorResponse = dfns::types::DeleteFeeSponsorResponse;
    type DeleteFeeSponsorResponseId = dfns::types::DeleteFeeSponsorResponseId;
    type DeleteFeeSponsorResponseStatus = dfns::types::DeleteFeeSponsorResponseStatus;
    type DeleteFeeSponsorResponseWalletId = dfns::types::DeleteFeeSponsorResponseWalletId;
    type DeleteKeyKeyId = dfns::types::DeleteKeyKeyId;
    type DeleteKeyResponse = dfns::types::DeleteKeyResponse;
    type DeleteKeyResponseCurve = dfns::types::DeleteKeyResponseCurve;
    type DeleteKeyResponseScheme = dfns::types::DeleteKeyResponseScheme;
    type DeleteKeyResponseStatus = dfns::types::DeleteKeyResponseStatus;
    type DeletePermissionBody = dfns::types::DeletePermissionBody;
    type DeletePermissionPermissionId = dfns::types::DeletePermissionPermissionId;
    type DeletePermissionResponse = dfns::types::DeletePermissionResponse;
    type DeletePermissionResponseStatus = dfns::types::DeletePermissionResponseStatus;
    type DeletePersonalAccessTokenResponse = dfns::types::DeletePersonalAccessTokenResponse;
    type DeletePersonalAccessTokenResponseKind = dfns::types::DeletePersonalAccessTokenResponseKind;
    type DeletePersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::DeletePersonalAccessTokenResponsePermissionAssignmentsItem;
    type DeletePersonalAccessTokenTokenId = dfns::types::DeletePersonalAccessTokenTokenId;
    type DeletePolicyPolicyId = dfns::types::DeletePolicyPolicyId;
    type DeletePolicyResponse = dfns::types::DeletePolicyResponse;
    type DeleteServiceAccountResponse = dfns::types::DeleteServiceAccountResponse;
    type DeleteServiceAccountResponseAccessTokensItem =
        dfns::types::DeleteServiceAccountResponseAccessTokensItem;
    type DeleteServiceAccountResponseAccessTokensItemKind =
        dfns::types::DeleteServiceAccountResponseAccessTokensItemKind;
    type DeleteServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::DeleteServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type DeleteServiceAccountResponseUserInfo = dfns::types::DeleteServiceAccountResponseUserInfo;
    type DeleteServiceAccountResponseUserInfoKind =
        dfns::types::DeleteServiceAccountResponseUserInfoKind;
    type DeleteServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::DeleteServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type DeleteServiceAccountResponseUserInfoUserId =
        dfns::types::DeleteServiceAccountResponseUserInfoUserId;
    type DeleteServiceAccountServiceAccountId = dfns::types::DeleteServiceAccountServiceAccountId;
    type DeleteUserUserId = dfns::types::DeleteUserUserId;
    type DeleteWebhookResponse = dfns::types::DeleteWebhookResponse;
    type DeleteWebhookWebhookId = dfns::types::DeleteWebhookWebhookId;
    type DeprecatedPasswordChallengeIdentifier = dfns::types::DeprecatedPasswordChallengeIdentifier;
    type DeprecatedPasswordCredentialInfo = dfns::types::DeprecatedPasswordCredentialInfo;
    type DeprecatedPasswordCredentialInfoPassword =
        dfns::types::DeprecatedPasswordCredentialInfoPassword;
    type DeprecatedPasswordCredentialName = dfns::types::DeprecatedPasswordCredentialName;
    type DeprecatedPasswordPassword = dfns::types::DeprecatedPasswordPassword;
    type DeprecatedPasswordReceivedRp = dfns::types::DeprecatedPasswordReceivedRp;
    type DeprecatedPasswordReceivedUser = dfns::types::DeprecatedPasswordReceivedUser;
    type DeprecatedTotpChallengeIdentifier = dfns::types::DeprecatedTotpChallengeIdentifier;
    type DeprecatedTotpCredentialInfo = dfns::types::DeprecatedTotpCredentialInfo;
    type DeprecatedTotpCredentialInfoOtpCode = dfns::types::DeprecatedTotpCredentialInfoOtpCode;
    type DeprecatedTotpCredentialName = dfns::types::DeprecatedTotpCredentialName;
    type DeprecatedTotpOtpCode = dfns::types::DeprecatedTotpOtpCode;
    type DeprecatedTotpReceivedRp = dfns::types::DeprecatedTotpReceivedRp;
    type DeprecatedTotpReceivedUser = dfns::types::DeprecatedTotpReceivedUser;
    type DeriveKeyBody = dfns::types::DeriveKeyBody;
    type DeriveKeyBodyDomain = dfns::types::DeriveKeyBodyDomain;
    type DeriveKeyBodySeed = dfns::types::DeriveKeyBodySeed;
    type DeriveKeyKeyId = dfns::types::DeriveKeyKeyId;
    type DeriveKeyResponse = dfns::types::DeriveKeyResponse;
    type DfnsSharedValidatorName = dfns::types::DfnsSharedValidatorName;
    type Eip712TypedDataDomain = dfns::types::Eip712TypedDataDomain;
    type Eip712TypedDataDomainChainId = dfns::types::Eip712TypedDataDomainChainId;
    type Eip712TypedDataDomainSalt = dfns::types::Eip712TypedDataDomainSalt;
    type Eip712TypedDataDomainVerifyingContract =
        dfns::types::Eip712TypedDataDomainVerifyingContract;
    type Eip712TypedDataExternalId = dfns::types::Eip712TypedDataExternalId;
    type Eip712TypedDataReceivedDomain = dfns::types::Eip712TypedDataReceivedDomain;
    type Eip712TypedDataReceivedDomainChainId = dfns::types::Eip712TypedDataReceivedDomainChainId;
    type Eip712TypedDataReceivedDomainSalt = dfns::types::Eip712TypedDataReceivedDomainSalt;
    type Eip712TypedDataReceivedDomainVerifyingContract =
        dfns::types::Eip712TypedDataReceivedDomainVerifyingContract;
    type Eip712TypedDataReceivedExternalId = dfns::types::Eip712TypedDataReceivedExternalId;
    type Eip712TypedDataReceivedTypesValueItem = dfns::types::Eip712TypedDataReceivedTypesValueItem;
    type Eip712TypedDataTypesValueItem = dfns::types::Eip712TypedDataTypesValueItem;
    type Eip7702AuthorizationAddress = dfns::types::Eip7702AuthorizationAddress;
    type Eip7702AuthorizationExternalId = dfns::types::Eip7702AuthorizationExternalId;
    type Eip7702AuthorizationReceivedAddress = dfns::types::Eip7702AuthorizationReceivedAddress;
    type Eip7702AuthorizationReceivedExternalId =
        dfns::types::Eip7702AuthorizationReceivedExternalId;
    type ErcTrc721NftReceivedKind = dfns::types::ErcTrc721NftReceivedKind;
    type EstimateFeesNetwork = dfns::types::EstimateFeesNetwork;
    type EstimateFeesResponse = dfns::types::EstimateFeesResponse;
    type EthereumAmount = dfns::types::EthereumAmount;
    type EthereumProvider = dfns::types::EthereumProvider;
    type EthereumReceivedActionsItem = dfns::types::EthereumReceivedActionsItem;
    type EthereumReceivedActionsItemKind = dfns::types::EthereumReceivedActionsItemKind;
    type EthereumReceivedActionsItemRequestBody =
        dfns::types::EthereumReceivedActionsItemRequestBody;
    type EthereumReceivedActionsItemRequestBodyVariant0 =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant0;
    type EthereumReceivedActionsItemRequestBodyVariant1 =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant0Amount =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant0Amount;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant0Kind =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant0Kind;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant0Protocol =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant0Protocol;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant1Amount =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant1Amount;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant1Kind =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant1Kind;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant1Protocol =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant1Protocol;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant2Kind =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant2Kind;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant2Protocol =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant2Protocol;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant3Kind =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant3Kind;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant3Protocol =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant3Protocol;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant4Kind =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant4Kind;
    type EthereumReceivedActionsItemRequestBodyVariant1Variant4Protocol =
        dfns::types::EthereumReceivedActionsItemRequestBodyVariant1Variant4Protocol;
    type EthereumReceivedActionsItemRequester = dfns::types::EthereumReceivedActionsItemRequester;
    type EthereumReceivedAmount = dfns::types::EthereumReceivedAmount;
    type EthereumReceivedData = dfns::types::EthereumReceivedData;
    type EthereumReceivedDataValidator = dfns::types::EthereumReceivedDataValidator;
    type EthereumReceivedProvider = dfns::types::EthereumReceivedProvider;
    type EthereumReceivedRequestBody = dfns::types::EthereumReceivedRequestBody;
    type EthereumReceivedRequester = dfns::types::EthereumReceivedRequester;
    type EthereumReceivedStatus = dfns::types::EthereumReceivedStatus;
    type EvmContract = dfns::types::EvmContract;
    type EvmData = dfns::types::EvmData;
    type EvmEip1559Data = dfns::types::EvmEip1559Data;
    type EvmEip1559ExternalId = dfns::types::EvmEip1559ExternalId;
    type EvmEip1559GasLimit = dfns::types::EvmEip1559GasLimit;
    type EvmEip1559GasLimitVariant0 = dfns::types::EvmEip1559GasLimitVariant0;
    type EvmEip1559GasLimitVariant1 = dfns::types::EvmEip1559GasLimitVariant1;
    type EvmEip1559MaxFeePerGas = dfns::types::EvmEip1559MaxFeePerGas;
    type EvmEip1559MaxFeePerGasVariant0 = dfns::types::EvmEip1559MaxFeePerGasVariant0;
    type EvmEip1559MaxFeePerGasVariant1 = dfns::types::EvmEip1559MaxFeePerGasVariant1;
    type EvmEip1559MaxPriorityFeePerGas = dfns::types::EvmEip1559MaxPriorityFeePerGas;
    type EvmEip1559MaxPriorityFeePerGasVariant0 =
        dfns::types::EvmEip1559MaxPriorityFeePerGasVariant0;
    type EvmEip1559MaxPriorityFeePerGasVariant1 =
        dfns::types::EvmEip1559MaxPriorityFeePerGasVariant1;
    type EvmEip1559Nonce = dfns::types::EvmEip1559Nonce;
    type EvmEip1559NonceVariant1 = dfns::types::EvmEip1559NonceVariant1;
    type EvmEip1559NonceVariant2 = dfns::types::EvmEip1559NonceVariant2;
    type EvmEip1559ReceivedData = dfns::types::EvmEip1559ReceivedData;
    type EvmEip1559ReceivedExternalId = dfns::types::EvmEip1559ReceivedExternalId;
    type EvmEip1559ReceivedFast = dfns::types::EvmEip1559ReceivedFast;
    type EvmEip1559ReceivedGasLimit = dfns::types::EvmEip1559ReceivedGasLimit;
    type EvmEip1559ReceivedGasLimitVariant0 = dfns::types::EvmEip1559ReceivedGasLimitVariant0;
    type EvmEip1559ReceivedGasLimitVariant1 = dfns::types::EvmEip1559ReceivedGasLimitVariant1;
    type EvmEip1559ReceivedMaxFeePerGas = dfns::types::EvmEip1559ReceivedMaxFeePerGas;
    type EvmEip1559ReceivedMaxFeePerGasVariant0 =
        dfns::types::EvmEip1559ReceivedMaxFeePerGasVariant0;
    type EvmEip1559ReceivedMaxFeePerGasVariant1 =
        dfns::types::EvmEip1559ReceivedMaxFeePerGasVariant1;
    type EvmEip1559ReceivedMaxPriorityFeePerGas =
        dfns::types::EvmEip1559ReceivedMaxPriorityFeePerGas;
    type EvmEip1559ReceivedMaxPriorityFeePerGasVariant0 =
        dfns::types::EvmEip1559ReceivedMaxPriorityFeePerGasVariant0;
    type EvmEip1559ReceivedMaxPriorityFeePerGasVariant1 =
        dfns::types::EvmEip1559ReceivedMaxPriorityFeePerGasVariant1;
    type EvmEip1559ReceivedNetwork = dfns::types::EvmEip1559ReceivedNetwork;
    type EvmEip1559ReceivedNonce = dfns::types::EvmEip1559ReceivedNonce;
    type EvmEip1559ReceivedNonceVariant1 = dfns::types::EvmEip1559ReceivedNonceVariant1;
    type EvmEip1559ReceivedNonceVariant2 = dfns::types::EvmEip1559ReceivedNonceVariant2;
    type EvmEip1559ReceivedSlow = dfns::types::EvmEip1559ReceivedSlow;
    type EvmEip1559ReceivedStandard = dfns::types::EvmEip1559ReceivedStandard;
    type EvmEip1559ReceivedTo = dfns::types::EvmEip1559ReceivedTo;
    type EvmEip1559ReceivedValue = dfns::types::EvmEip1559ReceivedValue;
    type EvmEip1559ReceivedValueVariant0 = dfns::types::EvmEip1559ReceivedValueVariant0;
    type EvmEip1559ReceivedValueVariant1 = dfns::types::EvmEip1559ReceivedValueVariant1;
    type EvmEip1559To = dfns::types::EvmEip1559To;
    type EvmEip1559Value = dfns::types::EvmEip1559Value;
    type EvmEip1559ValueVariant0 = dfns::types::EvmEip1559ValueVariant0;
    type EvmEip1559ValueVariant1 = dfns::types::EvmEip1559ValueVariant1;
    type EvmFungibleTokenErc20 = dfns::types::EvmFungibleTokenErc20;
    type EvmFungibleTokenErc20Amount = dfns::types::EvmFungibleTokenErc20Amount;
    type EvmFungibleTokenErc20Contract = dfns::types::EvmFungibleTokenErc20Contract;
    type EvmFungibleTokenErc20ExternalId = dfns::types::EvmFungibleTokenErc20ExternalId;
    type EvmFungibleTokenErc20FeeSponsorId = dfns::types::EvmFungibleTokenErc20FeeSponsorId;
    type EvmFungibleTokenErc20Kind = dfns::types::EvmFungibleTokenErc20Kind;
    type EvmFungibleTokenErc20Otp = dfns::types::EvmFungibleTokenErc20Otp;
    type EvmFungibleTokenErc20Priority = dfns::types::EvmFungibleTokenErc20Priority;
    type EvmFungibleTokenErc20Received = dfns::types::EvmFungibleTokenErc20Received;
    type EvmFungibleTokenErc20ReceivedAmount = dfns::types::EvmFungibleTokenErc20ReceivedAmount;
    type EvmFungibleTokenErc20ReceivedContract = dfns::types::EvmFungibleTokenErc20ReceivedContract;
    type EvmFungibleTokenErc20ReceivedExternalId =
        dfns::types::EvmFungibleTokenErc20ReceivedExternalId;
    type EvmFungibleTokenErc20ReceivedFeeSponsorId =
        dfns::types::EvmFungibleTokenErc20ReceivedFeeSponsorId;
    type EvmFungibleTokenErc20ReceivedKind = dfns::types::EvmFungibleTokenErc20ReceivedKind;
    type EvmFungibleTokenErc20ReceivedMetadata = dfns::types::EvmFungibleTokenErc20ReceivedMetadata;
    type EvmFungibleTokenErc20ReceivedOtp = dfns::types::EvmFungibleTokenErc20ReceivedOtp;
    type EvmFungibleTokenErc20ReceivedPriority = dfns::types::EvmFungibleTokenErc20ReceivedPriority;
    type EvmFungibleTokenErc20ReceivedTo = dfns::types::EvmFungibleTokenErc20ReceivedTo;
    type EvmFungibleTokenErc20ReceivedTravelRule =
        dfns::types::EvmFungibleTokenErc20ReceivedTravelRule;
    type EvmFungibleTokenErc20ReceivedWalletId = dfns::types::EvmFungibleTokenErc20ReceivedWalletId;
    type EvmFungibleTokenErc20To = dfns::types::EvmFungibleTokenErc20To;
    type EvmFungibleTokenErc20TravelRule = dfns::types::EvmFungibleTokenErc20TravelRule;
    type EvmFungibleTokenErc20WalletId = dfns::types::EvmFungibleTokenErc20WalletId;
    type EvmNetwork = dfns::types::EvmNetwork;
    type EvmNonFungibleTokenErc721Contract = dfns::types::EvmNonFungibleTokenErc721Contract;
    type EvmNonFungibleTokenErc721ExternalId = dfns::types::EvmNonFungibleTokenErc721ExternalId;
    type EvmNonFungibleTokenErc721FeeSponsorId = dfns::types::EvmNonFungibleTokenErc721FeeSponsorId;
    type EvmNonFungibleTokenErc721Kind = dfns::types::EvmNonFungibleTokenErc721Kind;
    type EvmNonFungibleTokenErc721Priority = dfns::types::EvmNonFungibleTokenErc721Priority;
    type EvmNonFungibleTokenErc721ReceivedContract =
        dfns::types::EvmNonFungibleTokenErc721ReceivedContract;
    type EvmNonFungibleTokenErc721ReceivedExternalId =
        dfns::types::EvmNonFungibleTokenErc721ReceivedExternalId;
    type EvmNonFungibleTokenErc721ReceivedFeeSponsorId =
        dfns::types::EvmNonFungibleTokenErc721ReceivedFeeSponsorId;
    type EvmNonFungibleTokenErc721ReceivedKind = dfns::types::EvmNonFungibleTokenErc721ReceivedKind;
    type EvmNonFungibleTokenErc721ReceivedPriority =
        dfns::types::EvmNonFungibleTokenErc721ReceivedPriority;
    type EvmNonFungibleTokenErc721ReceivedTo = dfns::types::EvmNonFungibleTokenErc721ReceivedTo;
    type EvmNonFungibleTokenErc721ReceivedTokenId =
        dfns::types::EvmNonFungibleTokenErc721ReceivedTokenId;
    type EvmNonFungibleTokenErc721ReceivedTravelRule =
        dfns::types::EvmNonFungibleTokenErc721ReceivedTravelRule;
    type EvmNonFungibleTokenErc721To = dfns::types::EvmNonFungibleTokenErc721To;
    type EvmNonFungibleTokenErc721TokenId = dfns::types::EvmNonFungibleTokenErc721TokenId;
    type EvmNonFungibleTokenErc721TravelRule = dfns::types::EvmNonFungibleTokenErc721TravelRule;
    type EvmSponsoredTransactionExternalId = dfns::types::EvmSponsoredTransactionExternalId;
    type EvmSponsoredTransactionFeeSponsorId = dfns::types::EvmSponsoredTransactionFeeSponsorId;
    type EvmSponsoredTransactionReceivedExternalId =
        dfns::types::EvmSponsoredTransactionReceivedExternalId;
    type EvmSponsoredTransactionReceivedFeeSponsorId =
        dfns::types::EvmSponsoredTransactionReceivedFeeSponsorId;
    type EvmSponsoredTransactionReceivedUserOperationsItem =
        dfns::types::EvmSponsoredTransactionReceivedUserOperationsItem;
    type EvmSponsoredTransactionReceivedUserOperationsItemData =
        dfns::types::EvmSponsoredTransactionReceivedUserOperationsItemData;
    type EvmSponsoredTransactionReceivedUserOperationsItemTo =
        dfns::types::EvmSponsoredTransactionReceivedUserOperationsItemTo;
    type EvmSponsoredTransactionReceivedUserOperationsItemValue =
        dfns::types::EvmSponsoredTransactionReceivedUserOperationsItemValue;
    type EvmSponsoredTransactionUserOperationsItem =
        dfns::types::EvmSponsoredTransactionUserOperationsItem;
    type EvmSponsoredTransactionUserOperationsItemData =
        dfns::types::EvmSponsoredTransactionUserOperationsItemData;
    type EvmSponsoredTransactionUserOperationsItemTo =
        dfns::types::EvmSponsoredTransactionUserOperationsItemTo;
    type EvmSponsoredTransactionUserOperationsItemValue =
        dfns::types::EvmSponsoredTransactionUserOperationsItemValue;
    type EvmTransactionData = dfns::types::EvmTransactionData;
    type EvmTransactionExternalId = dfns::types::EvmTransactionExternalId;
    type EvmTransactionGasLimit = dfns::types::EvmTransactionGasLimit;
    type EvmTransactionGasLimitVariant0 = dfns::types::EvmTransactionGasLimitVariant0;
    type EvmTransactionGasLimitVariant1 = dfns::types::EvmTransactionGasLimitVariant1;
    type EvmTransactionNonce = dfns::types::EvmTransactionNonce;
    type EvmTransactionNonceVariant1 = dfns::types::EvmTransactionNonceVariant1;
    type EvmTransactionNonceVariant2 = dfns::types::EvmTransactionNonceVariant2;
    type EvmTransactionReceivedData = dfns::types::EvmTransactionReceivedData;
    type EvmTransactionReceivedExternalId = dfns::types::EvmTransactionReceivedExternalId;
    type EvmTransactionReceivedGasLimit = dfns::types::EvmTransactionReceivedGasLimit;
    type EvmTransactionReceivedGasLimitVariant0 =
        dfns::types::EvmTransactionReceivedGasLimitVariant0;
    type EvmTransactionReceivedGasLimitVariant1 =
        dfns::types::EvmTransactionReceivedGasLimitVariant1;
    type EvmTransactionReceivedNonce = dfns::types::EvmTransactionReceivedNonce;
    type EvmTransactionReceivedNonceVariant1 = dfns::types::EvmTransactionReceivedNonceVariant1;
    type EvmTransactionReceivedNonceVariant2 = dfns::types::EvmTransactionReceivedNonceVariant2;
    type EvmTransactionReceivedTo = dfns::types::EvmTransactionReceivedTo;
    type EvmTransactionReceivedValue = dfns::types::EvmTransactionReceivedValue;
    type EvmTransactionReceivedValueVariant0 = dfns::types::EvmTransactionReceivedValueVariant0;
    type EvmTransactionReceivedValueVariant1 = dfns::types::EvmTransactionReceivedValueVariant1;
    type EvmTransactionTo = dfns::types::EvmTransactionTo;
    type EvmTransactionValue = dfns::types::EvmTransactionValue;
    type EvmTransactionValueVariant0 = dfns::types::EvmTransactionValueVariant0;
    type EvmTransactionValueVariant1 = dfns::types::EvmTransactionValueVariant1;
    type ExportKeyBody = dfns::types::ExportKeyBody;
    type ExportKeyBodyEncryptionKey = dfns::types::ExportKeyBodyEncryptionKey;
    type ExportKeyBodySupportedSchemesItem = dfns::types::ExportKeyBodySupportedSchemesItem;
    type ExportKeyBodySupportedSchemesItemCurve =
        dfns::types::ExportKeyBodySupportedSchemesItemCurve;
    type ExportKeyBodySupportedSchemesItemProtocol =
        dfns::types::ExportKeyBodySupportedSchemesItemProtocol;
    type ExportKeyKeyId = dfns::types::ExportKeyKeyId;
    type ExportKeyResponse = dfns::types::ExportKeyResponse;
    type ExportKeyResponseCurve = dfns::types::ExportKeyResponseCurve;
    type ExportKeyResponseEncryptedKeySharesItem =
        dfns::types::ExportKeyResponseEncryptedKeySharesItem;
    type ExportKeyResponseProtocol = dfns::types::ExportKeyResponseProtocol;
    type ExportWalletBody = dfns::types::ExportWalletBody;
    type ExportWalletBodyEncryptionKey = dfns::types::ExportWalletBodyEncryptionKey;
    type ExportWalletBodySupportedSchemesItem = dfns::types::ExportWalletBodySupportedSchemesItem;
    type ExportWalletBodySupportedSchemesItemCurve =
        dfns::types::ExportWalletBodySupportedSchemesItemCurve;
    type ExportWalletBodySupportedSchemesItemProtocol =
        dfns::types::ExportWalletBodySupportedSchemesItemProtocol;
    type ExportWalletResponse = dfns::types::ExportWalletResponse;
    type ExportWalletResponseCurve = dfns::types::ExportWalletResponseCurve;
    type ExportWalletResponseEncryptedKeySharesItem =
        dfns::types::ExportWalletResponseEncryptedKeySharesItem;
    type ExportWalletResponseProtocol = dfns::types::ExportWalletResponseProtocol;
    type ExportWalletWalletId = dfns::types::ExportWalletWalletId;
    type Fido2PasskeysChallengeIdentifier = dfns::types::Fido2PasskeysChallengeIdentifier;
    type Fido2PasskeysCredentialAssertion = dfns::types::Fido2PasskeysCredentialAssertion;
    type Fido2PasskeysCredentialAssertionAlgorithm =
        dfns::types::Fido2PasskeysCredentialAssertionAlgorithm;
    type Fido2PasskeysCredentialAssertionAuthenticatorData =
        dfns::types::Fido2PasskeysCredentialAssertionAuthenticatorData;
    type Fido2PasskeysCredentialAssertionClientData =
        dfns::types::Fido2PasskeysCredentialAssertionClientData;
    type Fido2PasskeysCredentialAssertionCredId =
        dfns::types::Fido2PasskeysCredentialAssertionCredId;
    type Fido2PasskeysCredentialAssertionSignature =
        dfns::types::Fido2PasskeysCredentialAssertionSignature;
    type Fido2PasskeysCredentialInfo = dfns::types::Fido2PasskeysCredentialInfo;
    type Fido2PasskeysCredentialInfoAttestationData =
        dfns::types::Fido2PasskeysCredentialInfoAttestationData;
    type Fido2PasskeysCredentialInfoClientData = dfns::types::Fido2PasskeysCredentialInfoClientData;
    type Fido2PasskeysCredentialInfoCredId = dfns::types::Fido2PasskeysCredentialInfoCredId;
    type Fido2PasskeysCredentialName = dfns::types::Fido2PasskeysCredentialName;
    type Fido2PasskeysReceivedAttestation = dfns::types::Fido2PasskeysReceivedAttestation;
    type Fido2PasskeysReceivedAuthenticatorSelection =
        dfns::types::Fido2PasskeysReceivedAuthenticatorSelection;
    type Fido2PasskeysReceivedAuthenticatorSelectionAuthenticatorAttachment =
        dfns::types::Fido2PasskeysReceivedAuthenticatorSelectionAuthenticatorAttachment;
    type Fido2PasskeysReceivedAuthenticatorSelectionResidentKey =
        dfns::types::Fido2PasskeysReceivedAuthenticatorSelectionResidentKey;
    type Fido2PasskeysReceivedAuthenticatorSelectionUserVerification =
        dfns::types::Fido2PasskeysReceivedAuthenticatorSelectionUserVerification;
    type Fido2PasskeysReceivedExcludeCredentialsItem =
        dfns::types::Fido2PasskeysReceivedExcludeCredentialsItem;
    type Fido2PasskeysReceivedExcludeCredentialsItemType =
        dfns::types::Fido2PasskeysReceivedExcludeCredentialsItemType;
    type Fido2PasskeysReceivedPubKeyCredParamsItem =
        dfns::types::Fido2PasskeysReceivedPubKeyCredParamsItem;
    type Fido2PasskeysReceivedPubKeyCredParamsItemType =
        dfns::types::Fido2PasskeysReceivedPubKeyCredParamsItemType;
    type Fido2PasskeysReceivedRp = dfns::types::Fido2PasskeysReceivedRp;
    type Fido2PasskeysReceivedUser = dfns::types::Fido2PasskeysReceivedUser;
    type GetApplicationAppId = dfns::types::GetApplicationAppId;
    type GetApplicationResponse = dfns::types::GetApplicationResponse;
    type GetApplicationResponseAccessTokensItem =
        dfns::types::GetApplicationResponseAccessTokensItem;
    type GetApplicationResponseAccessTokensItemKind =
        dfns::types::GetApplicationResponseAccessTokensItemKind;
    type GetApplicationResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::GetApplicationResponseAccessTokensItemPermissionAssignmentsItem;
    type GetApplicationResponseKind = dfns::types::GetApplicationResponseKind;
    type GetApplicationResponsePermissionAssignmentsItem =
        dfns::types::GetApplicationResponsePermissionAssignmentsItem;
    type GetApprovalResponse = dfns::types::GetApprovalResponse;
    type GetApprovalResponseActivity = dfns::types::GetApprovalResponseActivity;
    type GetApprovalResponseDecisionsItem = dfns::types::GetApprovalResponseDecisionsItem;
    type GetApprovalResponseDecisionsItemValue = dfns::types::GetApprovalResponseDecisionsItemValue;
    type GetApprovalResponsePolicyEvaluationsItem =
        dfns::types::GetApprovalResponsePolicyEvaluationsItem;
    type GetApprovalResponseStatus = dfns::types::GetApprovalResponseStatus;
    type GetAuditLogResponse = dfns::types::GetAuditLogResponse;
    type GetAuditLogResponseFirstFactorCredential =
        dfns::types::GetAuditLogResponseFirstFactorCredential;
    type GetAuditLogResponseFirstFactorCredentialAssertion =
        dfns::types::GetAuditLogResponseFirstFactorCredentialAssertion;
    type GetCantonValidatorNetwork = dfns::types::GetCantonValidatorNetwork;
    type GetCantonValidatorValidatorId = dfns::types::GetCantonValidatorValidatorId;
    type GetExchangeExchangeId = dfns::types::GetExchangeExchangeId;
    type GetExchangeResponse = dfns::types::GetExchangeResponse;
    type GetExchangeResponseKind = dfns::types::GetExchangeResponseKind;
    type GetFeeSponsorFeeSponsorId = dfns::types::GetFeeSponsorFeeSponsorId;
    type GetFeeSponsorResponse = dfns::types::GetFeeSponsorResponse;
    type GetFeeSponsorResponseId = dfns::types::GetFeeSponsorResponseId;
    type GetFeeSponsorResponseStatus = dfns::types::GetFeeSponsorResponseStatus;
    type GetFeeSponsorResponseWalletId = dfns::types::GetFeeSponsorResponseWalletId;
    type GetKeyKeyId = dfns::types::GetKeyKeyId;
    type GetKeyResponse = dfns::types::GetKeyResponse;
    type GetKeyResponseCurve = dfns::types::GetKeyResponseCurve;
    type GetKeyResponseScheme = dfns::types::GetKeyResponseScheme;
    type GetKeyResponseStatus = dfns::types::GetKeyResponseStatus;
    type GetKeyResponseStore = dfns::types::GetKeyResponseStore;
    type GetKeyResponseStoreKind = dfns::types::GetKeyResponseStoreKind;
    type GetKeyResponseWalletsItem = dfns::types::GetKeyResponseWalletsItem;
    type GetLatestUnacceptedAgreementAgreementType =
        dfns::types::GetLatestUnacceptedAgreementAgreementType;
    type GetLatestUnacceptedAgreementResponse = dfns::types::GetLatestUnacceptedAgreementResponse;
    type GetLatestUnacceptedAgreementResponseLatestAgreement =
        dfns::types::GetLatestUnacceptedAgreementResponseLatestAgreement;
    type GetLatestUnacceptedAgreementResponseLatestAgreementAgreementType =
        dfns::types::GetLatestUnacceptedAgreementResponseLatestAgreementAgreementType;
    type GetOfferOfferId = dfns::types::GetOfferOfferId;
    type GetOfferWalletId = dfns::types::GetOfferWalletId;
    type GetPermissionPermissionId = dfns::types::GetPermissionPermissionId;
    type GetPermissionResponse = dfns::types::GetPermissionResponse;
    type GetPermissionResponsePendingChangeRequest =
        dfns::types::GetPermissionResponsePendingChangeRequest;
    type GetPermissionResponsePendingChangeRequestBody =
        dfns::types::GetPermissionResponsePendingChangeRequestBody;
    type GetPermissionResponsePendingChangeRequestBodyStatus =
        dfns::types::GetPermissionResponsePendingChangeRequestBodyStatus;
    type GetPermissionResponsePendingChangeRequestKind =
        dfns::types::GetPermissionResponsePendingChangeRequestKind;
    type GetPermissionResponsePendingChangeRequestOperationKind =
        dfns::types::GetPermissionResponsePendingChangeRequestOperationKind;
    type GetPermissionResponsePendingChangeRequestRequester =
        dfns::types::GetPermissionResponsePendingChangeRequestRequester;
    type GetPermissionResponsePendingChangeRequestStatus =
        dfns::types::GetPermissionResponsePendingChangeRequestStatus;
    type GetPermissionResponseStatus = dfns::types::GetPermissionResponseStatus;
    type GetPersonalAccessTokenResponse = dfns::types::GetPersonalAccessTokenResponse;
    type GetPersonalAccessTokenResponseKind = dfns::types::GetPersonalAccessTokenResponseKind;
    type GetPersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::GetPersonalAccessTokenResponsePermissionAssignmentsItem;
    type GetPersonalAccessTokenTokenId = dfns::types::GetPersonalAccessTokenTokenId;
    type GetPolicyPolicyId = dfns::types::GetPolicyPolicyId;
    type GetPolicyResponse = dfns::types::GetPolicyResponse;
    type GetServiceAccountResponse = dfns::types::GetServiceAccountResponse;
    type GetServiceAccountResponseAccessTokensItem =
        dfns::types::GetServiceAccountResponseAccessTokensItem;
    type GetServiceAccountResponseAccessTokensItemKind =
        dfns::types::GetServiceAccountResponseAccessTokensItemKind;
    type GetServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::GetServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type GetServiceAccountResponseUserInfo = dfns::types::GetServiceAccountResponseUserInfo;
    type GetServiceAccountResponseUserInfoKind = dfns::types::GetServiceAccountResponseUserInfoKind;
    type GetServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::GetServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type GetServiceAccountResponseUserInfoUserId =
        dfns::types::GetServiceAccountResponseUserInfoUserId;
    type GetServiceAccountServiceAccountId = dfns::types::GetServiceAccountServiceAccountId;
    type GetStakeRewardsResponse = dfns::types::GetStakeRewardsResponse;
    type GetStakeRewardsStakeId = dfns::types::GetStakeRewardsStakeId;
    type GetStakesPaginationToken = dfns::types::GetStakesPaginationToken;
    type GetStakesResponse = dfns::types::GetStakesResponse;
    type GetStakesStakeId = dfns::types::GetStakesStakeId;
    type GetSwapQuoteQuoteId = dfns::types::GetSwapQuoteQuoteId;
    type GetSwapSwapId = dfns::types::GetSwapSwapId;
    type GetTransactionResponse = dfns::types::GetTransactionResponse;
    type GetTransactionResponseRequestBody = dfns::types::GetTransactionResponseRequestBody;
    type GetTransactionResponseRequester = dfns::types::GetTransactionResponseRequester;
    type GetTransactionResponseStatus = dfns::types::GetTransactionResponseStatus;
    type GetTransactionTransactionId = dfns::types::GetTransactionTransactionId;
    type GetTransactionWalletId = dfns::types::GetTransactionWalletId;
    type GetTransferTransferId = dfns::types::GetTransferTransferId;
    type GetTransferWalletId = dfns::types::GetTransferWalletId;
    type GetUserUserId = dfns::types::GetUserUserId;
    type GetWalletAssetsNetWorth = dfns::types::GetWalletAssetsNetWorth;
    type GetWalletAssetsResponse = dfns::types::GetWalletAssetsResponse;
    type GetWalletAssetsResponseAssetsItem = dfns::types::GetWalletAssetsResponseAssetsItem;
    type GetWalletAssetsResponseAssetsItemVariant0Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant0Kind;
    type GetWalletAssetsResponseAssetsItemVariant0Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant0Quotes;
    type GetWalletAssetsResponseAssetsItemVariant10Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant10Kind;
    type GetWalletAssetsResponseAssetsItemVariant10Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant10Quotes;
    type GetWalletAssetsResponseAssetsItemVariant1Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant1Kind;
    type GetWalletAssetsResponseAssetsItemVariant1Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant1Quotes;
    type GetWalletAssetsResponseAssetsItemVariant2Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant2Kind;
    type GetWalletAssetsResponseAssetsItemVariant2Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant2Quotes;
    type GetWalletAssetsResponseAssetsItemVariant3Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant3Kind;
    type GetWalletAssetsResponseAssetsItemVariant3Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant3Quotes;
    type GetWalletAssetsResponseAssetsItemVariant4Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant4Kind;
    type GetWalletAssetsResponseAssetsItemVariant4Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant4Quotes;
    type GetWalletAssetsResponseAssetsItemVariant5Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant5Kind;
    type GetWalletAssetsResponseAssetsItemVariant5Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant5Quotes;
    type GetWalletAssetsResponseAssetsItemVariant6Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant6Kind;
    type GetWalletAssetsResponseAssetsItemVariant6Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant6Quotes;
    type GetWalletAssetsResponseAssetsItemVariant7Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant7Kind;
    type GetWalletAssetsResponseAssetsItemVariant7Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant7Quotes;
    type GetWalletAssetsResponseAssetsItemVariant8Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant8Kind;
    type GetWalletAssetsResponseAssetsItemVariant8Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant8Quotes;
    type GetWalletAssetsResponseAssetsItemVariant9Kind =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant9Kind;
    type GetWalletAssetsResponseAssetsItemVariant9Quotes =
        dfns::types::GetWalletAssetsResponseAssetsItemVariant9Quotes;
    type GetWalletAssetsResponseNetWorth = dfns::types::GetWalletAssetsResponseNetWorth;
    type GetWalletAssetsWalletId = dfns::types::GetWalletAssetsWalletId;
    type GetWalletHistoryContract = dfns::types::GetWalletHistoryContract;
    type GetWalletHistoryDirection = dfns::types::GetWalletHistoryDirection;
    type GetWalletHistoryKind = dfns::types::GetWalletHistoryKind;
    type GetWalletHistoryLimit = dfns::types::GetWalletHistoryLimit;
    type GetWalletHistoryPaginationToken = dfns::types::GetWalletHistoryPaginationToken;
    type GetWalletHistoryResponse = dfns::types::GetWalletHistoryResponse;
    type GetWalletHistoryResponseObjectItemsItem =
        dfns::types::GetWalletHistoryResponseObjectItemsItem;
    type GetWalletHistoryResponseObjectItemsItemVariant0Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant0Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant0Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant0MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant0MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant0MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant0MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant0MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant10Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant10Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant10Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant10MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant10MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant10MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant10MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant10MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant11Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant11Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant11Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant11MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant11MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant11MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant11MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant11MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant12Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant12Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant12Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant12MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant12MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant12MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant12MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant12MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant13Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant13Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant13Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant13MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant13MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant13MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant13MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant13MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant14Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant14Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant14Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant14MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant14MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant14MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant14MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant14MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant15Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant15Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant15Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant15MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant15MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant15MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant15MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant15MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant16Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant16Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant16Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant16MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant16MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant16MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant16MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant16MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant17Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant17Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant17Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant17MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant17MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant17MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant17MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant17MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant1Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant1Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant1Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant1MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant1MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant1MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant1MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant1MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant2Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant2Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant2Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant2MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant2MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant2MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant2MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant2MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant3Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant3Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant3Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant3MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant3MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant3MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant3MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant3MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant4Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant4Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant4Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant4MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant4MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant4MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant4MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant4MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant5Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant5Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant5Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant5MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant5MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant5MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant5MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant5MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant6Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant6Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant6Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant6MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant6MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant6MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant6MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant6MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant7Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant7Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant7Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant7MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant7MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant7MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant7MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant7MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant8Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant8Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant8Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant8MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant8MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant8MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant8MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant8MetadataFeeQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant9Direction =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9Direction;
    type GetWalletHistoryResponseObjectItemsItemVariant9Kind =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9Kind;
    type GetWalletHistoryResponseObjectItemsItemVariant9Metadata =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9Metadata;
    type GetWalletHistoryResponseObjectItemsItemVariant9MetadataAsset =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9MetadataAsset;
    type GetWalletHistoryResponseObjectItemsItemVariant9MetadataAssetQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9MetadataAssetQuotes;
    type GetWalletHistoryResponseObjectItemsItemVariant9MetadataFee =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9MetadataFee;
    type GetWalletHistoryResponseObjectItemsItemVariant9MetadataFeeQuotes =
        dfns::types::GetWalletHistoryResponseObjectItemsItemVariant9MetadataFeeQuotes;
    type GetWalletHistoryWalletId = dfns::types::GetWalletHistoryWalletId;
    type GetWalletNftsResponse = dfns::types::GetWalletNftsResponse;
    type GetWalletNftsResponseNftsItem = dfns::types::GetWalletNftsResponseNftsItem;
    type GetWalletNftsWalletId = dfns::types::GetWalletNftsWalletId;
    type GetWalletWalletId = dfns::types::GetWalletWalletId;
    type GetWebhookEventResponse = dfns::types::GetWebhookEventResponse;
    type GetWebhookEventResponseKind = dfns::types::GetWebhookEventResponseKind;
    type GetWebhookEventWebhookEventId = dfns::types::GetWebhookEventWebhookEventId;
    type GetWebhookEventWebhookId = dfns::types::GetWebhookEventWebhookId;
    type GetWebhookResponse = dfns::types::GetWebhookResponse;
    type GetWebhookResponseEventsItem = dfns::types::GetWebhookResponseEventsItem;
    type GetWebhookResponseStatus = dfns::types::GetWebhookResponseStatus;
    type GetWebhookWebhookId = dfns::types::GetWebhookWebhookId;
    type GetYieldResponse = dfns::types::GetYieldResponse;
    type GetYieldResponseAmount = dfns::types::GetYieldResponseAmount;
    type GetYieldResponseId = dfns::types::GetYieldResponseId;
    type GetYieldResponseProtocol = dfns::types::GetYieldResponseProtocol;
    type GetYieldResponseRewards = dfns::types::GetYieldResponseRewards;
    type GetYieldResponseWalletId = dfns::types::GetYieldResponseWalletId;
    type GetYieldYieldId = dfns::types::GetYieldYieldId;
    type HashExternalId = dfns::types::HashExternalId;
    type HashHash = dfns::types::HashHash;
    type HashReceivedExternalId = dfns::types::HashReceivedExternalId;
    type HashReceivedHash = dfns::types::HashReceivedHash;
    type HashReceivedTaprootMerkleRoot = dfns::types::HashReceivedTaprootMerkleRoot;
    type HashTaprootMerkleRoot = dfns::types::HashTaprootMerkleRoot;
    type HederaNftReceivedKind = dfns::types::HederaNftReceivedKind;
    type HederaNonFungibleTokenHip17ExternalId = dfns::types::HederaNonFungibleTokenHip17ExternalId;
    type HederaNonFungibleTokenHip17FeeSponsorId =
        dfns::types::HederaNonFungibleTokenHip17FeeSponsorId;
    type HederaNonFungibleTokenHip17Kind = dfns::types::HederaNonFungibleTokenHip17Kind;
    type HederaNonFungibleTokenHip17ReceivedExternalId =
        dfns::types::HederaNonFungibleTokenHip17ReceivedExternalId;
    type HederaNonFungibleTokenHip17ReceivedFeeSponsorId =
        dfns::types::HederaNonFungibleTokenHip17ReceivedFeeSponsorId;
    type HederaNonFungibleTokenHip17ReceivedKind =
        dfns::types::HederaNonFungibleTokenHip17ReceivedKind;
    type HederaNonFungibleTokenHip17ReceivedSerialNumber =
        dfns::types::HederaNonFungibleTokenHip17ReceivedSerialNumber;
    type HederaNonFungibleTokenHip17ReceivedTo = dfns::types::HederaNonFungibleTokenHip17ReceivedTo;
    type HederaNonFungibleTokenHip17ReceivedTravelRule =
        dfns::types::HederaNonFungibleTokenHip17ReceivedTravelRule;
    type HederaNonFungibleTokenHip17SerialNumber =
        dfns::types::HederaNonFungibleTokenHip17SerialNumber;
    type HederaNonFungibleTokenHip17To = dfns::types::HederaNonFungibleTokenHip17To;
    type HederaNonFungibleTokenHip17TravelRule = dfns::types::HederaNonFungibleTokenHip17TravelRule;
    type HederaTokensHtsAmount = dfns::types::HederaTokensHtsAmount;
    type HederaTokensHtsExternalId = dfns::types::HederaTokensHtsExternalId;
    type HederaTokensHtsFeeSponsorId = dfns::types::HederaTokensHtsFeeSponsorId;
    type HederaTokensHtsKind = dfns::types::HederaTokensHtsKind;
    type HederaTokensHtsReceivedAmount = dfns::types::HederaTokensHtsReceivedAmount;
    type HederaTokensHtsReceivedExternalId = dfns::types::HederaTokensHtsReceivedExternalId;
    type HederaTokensHtsReceivedFeeSponsorId = dfns::types::HederaTokensHtsReceivedFeeSponsorId;
    type HederaTokensHtsReceivedKind = dfns::types::HederaTokensHtsReceivedKind;
    type HederaTokensHtsReceivedTo = dfns::types::HederaTokensHtsReceivedTo;
    type HederaTokensHtsReceivedTravelRule = dfns::types::HederaTokensHtsReceivedTravelRule;
    type HederaTokensHtsTo = dfns::types::HederaTokensHtsTo;
    type HederaTokensHtsTravelRule = dfns::types::HederaTokensHtsTravelRule;
    type ImportKeyBody = dfns::types::ImportKeyBody;
    type ImportKeyBodyCurve = dfns::types::ImportKeyBodyCurve;
    type ImportKeyBodyEncryptedKeySharesItem = dfns::types::ImportKeyBodyEncryptedKeySharesItem;
    type ImportKeyBodyEncryptedKeySharesItemEncryptedKeyShare =
        dfns::types::ImportKeyBodyEncryptedKeySharesItemEncryptedKeyShare;
    type ImportKeyBodyEncryptedKeySharesItemSignerId =
        dfns::types::ImportKeyBodyEncryptedKeySharesItemSignerId;
    type ImportKeyBodyName = dfns::types::ImportKeyBodyName;
    type ImportKeyBodyProtocol = dfns::types::ImportKeyBodyProtocol;
    type ImportKeyResponse = dfns::types::ImportKeyResponse;
    type ImportKeyResponseCurve = dfns::types::ImportKeyResponseCurve;
    type ImportKeyResponseScheme = dfns::types::ImportKeyResponseScheme;
    type ImportKeyResponseStatus = dfns::types::ImportKeyResponseStatus;
    type ImportWalletBody = dfns::types::ImportWalletBody;
    type ImportWalletBodyCurve = dfns::types::ImportWalletBodyCurve;
    type ImportWalletBodyEncryptedKeySharesItem =
        dfns::types::ImportWalletBodyEncryptedKeySharesItem;
    type ImportWalletBodyEncryptedKeySharesItemEncryptedKeyShare =
        dfns::types::ImportWalletBodyEncryptedKeySharesItemEncryptedKeyShare;
    type ImportWalletBodyEncryptedKeySharesItemSignerId =
        dfns::types::ImportWalletBodyEncryptedKeySharesItemSignerId;
    type ImportWalletBodyName = dfns::types::ImportWalletBodyName;
    type ImportWalletBodyProtocol = dfns::types::ImportWalletBodyProtocol;
    type InitiateSsoLoginBody = dfns::types::InitiateSsoLoginBody;
    type InitiateSsoLoginBodyOrgId = dfns::types::InitiateSsoLoginBodyOrgId;
    type InitiateSsoLoginResponse = dfns::types::InitiateSsoLoginResponse;
    type IotaAmount = dfns::types::IotaAmount;
    type IotaReceivedActionsItem = dfns::types::IotaReceivedActionsItem;
    type IotaReceivedActionsItemKind = dfns::types::IotaReceivedActionsItemKind;
    type IotaReceivedActionsItemRequestBody = dfns::types::IotaReceivedActionsItemRequestBody;
    type IotaReceivedActionsItemRequestBodyVariant0 =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant0;
    type IotaReceivedActionsItemRequestBodyVariant1 =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1;
    type IotaReceivedActionsItemRequestBodyVariant1Variant0Amount =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant0Amount;
    type IotaReceivedActionsItemRequestBodyVariant1Variant0Kind =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant0Kind;
    type IotaReceivedActionsItemRequestBodyVariant1Variant0Protocol =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant0Protocol;
    type IotaReceivedActionsItemRequestBodyVariant1Variant1Amount =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant1Amount;
    type IotaReceivedActionsItemRequestBodyVariant1Variant1Kind =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant1Kind;
    type IotaReceivedActionsItemRequestBodyVariant1Variant1Protocol =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant1Protocol;
    type IotaReceivedActionsItemRequestBodyVariant1Variant2Kind =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant2Kind;
    type IotaReceivedActionsItemRequestBodyVariant1Variant2Protocol =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant2Protocol;
    type IotaReceivedActionsItemRequestBodyVariant1Variant3Kind =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant3Kind;
    type IotaReceivedActionsItemRequestBodyVariant1Variant3Protocol =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant3Protocol;
    type IotaReceivedActionsItemRequestBodyVariant1Variant4Kind =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant4Kind;
    type IotaReceivedActionsItemRequestBodyVariant1Variant4Protocol =
        dfns::types::IotaReceivedActionsItemRequestBodyVariant1Variant4Protocol;
    type IotaReceivedActionsItemRequester = dfns::types::IotaReceivedActionsItemRequester;
    type IotaReceivedAmount = dfns::types::IotaReceivedAmount;
    type IotaReceivedData = dfns::types::IotaReceivedData;
    type IotaReceivedDataKind = dfns::types::IotaReceivedDataKind;
    type IotaReceivedDataStakedObjectsItem = dfns::types::IotaReceivedDataStakedObjectsItem;
    type IotaReceivedProvider = dfns::types::IotaReceivedProvider;
    type IotaReceivedRequestBody = dfns::types::IotaReceivedRequestBody;
    type IotaReceivedRequester = dfns::types::IotaReceivedRequester;
    type IotaReceivedStatus = dfns::types::IotaReceivedStatus;
    type KeysGenerateSignatureBody = dfns::types::KeysGenerateSignatureBody;
    type KeysGenerateSignatureKeyId = dfns::types::KeysGenerateSignatureKeyId;
    type KeysGenerateSignatureResponse = dfns::types::KeysGenerateSignatureResponse;
    type KeysGenerateSignatureResponseRequestBody =
        dfns::types::KeysGenerateSignatureResponseRequestBody;
    type KeysGenerateSignatureResponseRequester =
        dfns::types::KeysGenerateSignatureResponseRequester;
    type KeysGenerateSignatureResponseSignature =
        dfns::types::KeysGenerateSignatureResponseSignature;
    type KeysGenerateSignatureResponseSignaturesItem =
        dfns::types::KeysGenerateSignatureResponseSignaturesItem;
    type KeysGenerateSignatureResponseStatus = dfns::types::KeysGenerateSignatureResponseStatus;
    type KeysGetSignatureKeyId = dfns::types::KeysGetSignatureKeyId;
    type KeysGetSignatureResponse = dfns::types::KeysGetSignatureResponse;
    type KeysGetSignatureResponseRequestBody = dfns::types::KeysGetSignatureResponseRequestBody;
    type KeysGetSignatureResponseRequester = dfns::types::KeysGetSignatureResponseRequester;
    type KeysGetSignatureResponseSignature = dfns::types::KeysGetSignatureResponseSignature;
    type KeysGetSignatureResponseSignaturesItem =
        dfns::types::KeysGetSignatureResponseSignaturesItem;
    type KeysGetSignatureResponseStatus = dfns::types::KeysGetSignatureResponseStatus;
    type KeysGetSignatureSignatureId = dfns::types::KeysGetSignatureSignatureId;
    type KeysListSignaturesKeyId = dfns::types::KeysListSignaturesKeyId;
    type KeysListSignaturesLimit = dfns::types::KeysListSignaturesLimit;
    type KeysListSignaturesPaginationToken = dfns::types::KeysListSignaturesPaginationToken;
    type KeysListSignaturesResponse = dfns::types::KeysListSignaturesResponse;
    type KeysListSignaturesResponseItemsItem = dfns::types::KeysListSignaturesResponseItemsItem;
    type KeysListSignaturesResponseItemsItemRequestBody =
        dfns::types::KeysListSignaturesResponseItemsItemRequestBody;
    type KeysListSignaturesResponseItemsItemRequester =
        dfns::types::KeysListSignaturesResponseItemsItemRequester;
    type KeysListSignaturesResponseItemsItemSignature =
        dfns::types::KeysListSignaturesResponseItemsItemSignature;
    type KeysListSignaturesResponseItemsItemSignaturesItem =
        dfns::types::KeysListSignaturesResponseItemsItemSignaturesItem;
    type KeysListSignaturesResponseItemsItemStatus =
        dfns::types::KeysListSignaturesResponseItemsItemStatus;
    type ListAccountAssetsAccountId = dfns::types::ListAccountAssetsAccountId;
    type ListAccountAssetsExchangeId = dfns::types::ListAccountAssetsExchangeId;
    type ListAccountAssetsPaginationToken = dfns::types::ListAccountAssetsPaginationToken;
    type ListAccountAssetsResponse = dfns::types::ListAccountAssetsResponse;
    type ListAccountAssetsResponseItemsItem = dfns::types::ListAccountAssetsResponseItemsItem;
    type ListAccountsExchangeId = dfns::types::ListAccountsExchangeId;
    type ListAccountsPaginationToken = dfns::types::ListAccountsPaginationToken;
    type ListAccountsResponse = dfns::types::ListAccountsResponse;
    type ListAccountsResponseItemsItem = dfns::types::ListAccountsResponseItemsItem;
    type ListApplicationsResponse = dfns::types::ListApplicationsResponse;
    type ListApplicationsResponseItemsItem = dfns::types::ListApplicationsResponseItemsItem;
    type ListApplicationsResponseItemsItemAccessTokensItem =
        dfns::types::ListApplicationsResponseItemsItemAccessTokensItem;
    type ListApplicationsResponseItemsItemAccessTokensItemKind =
        dfns::types::ListApplicationsResponseItemsItemAccessTokensItemKind;
    type ListApplicationsResponseItemsItemAccessTokensItemPermissionAssignmentsItem =
        dfns::types::ListApplicationsResponseItemsItemAccessTokensItemPermissionAssignmentsItem;
    type ListApplicationsResponseItemsItemKind = dfns::types::ListApplicationsResponseItemsItemKind;
    type ListApplicationsResponseItemsItemPermissionAssignmentsItem =
        dfns::types::ListApplicationsResponseItemsItemPermissionAssignmentsItem;
    type ListApprovalsLimit = dfns::types::ListApprovalsLimit;
    type ListApprovalsPaginationToken = dfns::types::ListApprovalsPaginationToken;
    type ListApprovalsResponse = dfns::types::ListApprovalsResponse;
    type ListApprovalsResponseItemsItem = dfns::types::ListApprovalsResponseItemsItem;
    type ListApprovalsResponseItemsItemActivity =
        dfns::types::ListApprovalsResponseItemsItemActivity;
    type ListApprovalsResponseItemsItemDecisionsItem =
        dfns::types::ListApprovalsResponseItemsItemDecisionsItem;
    type ListApprovalsResponseItemsItemDecisionsItemValue =
        dfns::types::ListApprovalsResponseItemsItemDecisionsItemValue;
    type ListApprovalsResponseItemsItemPolicyEvaluationsItem =
        dfns::types::ListApprovalsResponseItemsItemPolicyEvaluationsItem;
    type ListApprovalsResponseItemsItemStatus = dfns::types::ListApprovalsResponseItemsItemStatus;
    type ListApprovalsStatus = dfns::types::ListApprovalsStatus;
    type ListAssetWithdrawalNetworksAccountId = dfns::types::ListAssetWithdrawalNetworksAccountId;
    type ListAssetWithdrawalNetworksAsset = dfns::types::ListAssetWithdrawalNetworksAsset;
    type ListAssetWithdrawalNetworksExchangeId = dfns::types::ListAssetWithdrawalNetworksExchangeId;
    type ListAssetWithdrawalNetworksResponseItem =
        dfns::types::ListAssetWithdrawalNetworksResponseItem;
    type ListAssetWithdrawalNetworksResponseItemVariant0Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant0Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant10Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant10Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant1Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant1Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant2Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant2Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant3Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant3Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant4Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant4Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant5Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant5Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant6Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant6Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant7Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant7Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant8Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant8Kind;
    type ListAssetWithdrawalNetworksResponseItemVariant9Kind =
        dfns::types::ListAssetWithdrawalNetworksResponseItemVariant9Kind;
    type ListCantonValidatorsNetwork = dfns::types::ListCantonValidatorsNetwork;
    type ListCantonValidatorsPaginationToken = dfns::types::ListCantonValidatorsPaginationToken;
    type ListCantonValidatorsResponse = dfns::types::ListCantonValidatorsResponse;
    type ListCredentialsResponse = dfns::types::ListCredentialsResponse;
    type ListCredentialsResponseItemsItem = dfns::types::ListCredentialsResponseItemsItem;
    type ListCredentialsResponseItemsItemKind = dfns::types::ListCredentialsResponseItemsItemKind;
    type ListExchangesPaginationToken = dfns::types::ListExchangesPaginationToken;
    type ListExchangesResponse = dfns::types::ListExchangesResponse;
    type ListExchangesResponseItemsItem = dfns::types::ListExchangesResponseItemsItem;
    type ListExchangesResponseItemsItemKind = dfns::types::ListExchangesResponseItemsItemKind;
    type ListFeeSponsorsLimit = dfns::types::ListFeeSponsorsLimit;
    type ListFeeSponsorsPaginationToken = dfns::types::ListFeeSponsorsPaginationToken;
    type ListFeeSponsorsResponse = dfns::types::ListFeeSponsorsResponse;
    type ListFeeSponsorsResponseItemsItem = dfns::types::ListFeeSponsorsResponseItemsItem;
    type ListFeeSponsorsResponseItemsItemId = dfns::types::ListFeeSponsorsResponseItemsItemId;
    type ListFeeSponsorsResponseItemsItemStatus =
        dfns::types::ListFeeSponsorsResponseItemsItemStatus;
    type ListFeeSponsorsResponseItemsItemWalletId =
        dfns::types::ListFeeSponsorsResponseItemsItemWalletId;
    type ListKeyStoresResponse = dfns::types::ListKeyStoresResponse;
    type ListKeyStoresResponseItemsItem = dfns::types::ListKeyStoresResponseItemsItem;
    type ListKeyStoresResponseItemsItemKind = dfns::types::ListKeyStoresResponseItemsItemKind;
    type ListKeysLimit = dfns::types::ListKeysLimit;
    type ListKeysOwner = dfns::types::ListKeysOwner;
    type ListKeysPaginationToken = dfns::types::ListKeysPaginationToken;
    type ListKeysResponse = dfns::types::ListKeysResponse;
    type ListKeysResponseItemsItem = dfns::types::ListKeysResponseItemsItem;
    type ListKeysResponseItemsItemCurve = dfns::types::ListKeysResponseItemsItemCurve;
    type ListKeysResponseItemsItemScheme = dfns::types::ListKeysResponseItemsItemScheme;
    type ListKeysResponseItemsItemStatus = dfns::types::ListKeysResponseItemsItemStatus;
    type ListOffersPaginationToken = dfns::types::ListOffersPaginationToken;
    type ListOffersResponse = dfns::types::ListOffersResponse;
    type ListOffersWalletId = dfns::types::ListOffersWalletId;
    type ListOrgWalletHistoryLimit = dfns::types::ListOrgWalletHistoryLimit;
    type ListOrgWalletHistoryResponse = dfns::types::ListOrgWalletHistoryResponse;
    type ListOrgWalletHistoryResponseObjectItemsItem =
        dfns::types::ListOrgWalletHistoryResponseObjectItemsItem;
    type ListPermissionAssignmentsPermissionId = dfns::types::ListPermissionAssignmentsPermissionId;
    type ListPermissionAssignmentsResponse = dfns::types::ListPermissionAssignmentsResponse;
    type ListPermissionAssignmentsResponseItemsItem =
        dfns::types::ListPermissionAssignmentsResponseItemsItem;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequest =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequest;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequestBody =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequestBody;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequestKind =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequestKind;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequestOperationKind =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequestOperationKind;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequestRequester =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequestRequester;
    type ListPermissionAssignmentsResponseItemsItemPendingChangeRequestStatus =
        dfns::types::ListPermissionAssignmentsResponseItemsItemPendingChangeRequestStatus;
    type ListPermissionsLimit = dfns::types::ListPermissionsLimit;
    type ListPermissionsPaginationToken = dfns::types::ListPermissionsPaginationToken;
    type ListPermissionsResponse = dfns::types::ListPermissionsResponse;
    type ListPermissionsResponseItemsItem = dfns::types::ListPermissionsResponseItemsItem;
    type ListPermissionsResponseItemsItemPendingChangeRequest =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequest;
    type ListPermissionsResponseItemsItemPendingChangeRequestBody =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestBody;
    type ListPermissionsResponseItemsItemPendingChangeRequestBodyStatus =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestBodyStatus;
    type ListPermissionsResponseItemsItemPendingChangeRequestKind =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestKind;
    type ListPermissionsResponseItemsItemPendingChangeRequestOperationKind =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestOperationKind;
    type ListPermissionsResponseItemsItemPendingChangeRequestRequester =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestRequester;
    type ListPermissionsResponseItemsItemPendingChangeRequestStatus =
        dfns::types::ListPermissionsResponseItemsItemPendingChangeRequestStatus;
    type ListPermissionsResponseItemsItemStatus =
        dfns::types::ListPermissionsResponseItemsItemStatus;
    type ListPersonalAccessTokensResponse = dfns::types::ListPersonalAccessTokensResponse;
    type ListPersonalAccessTokensResponseItemsItem =
        dfns::types::ListPersonalAccessTokensResponseItemsItem;
    type ListPersonalAccessTokensResponseItemsItemKind =
        dfns::types::ListPersonalAccessTokensResponseItemsItemKind;
    type ListPersonalAccessTokensResponseItemsItemPermissionAssignmentsItem =
        dfns::types::ListPersonalAccessTokensResponseItemsItemPermissionAssignmentsItem;
    type ListPoliciesLimit = dfns::types::ListPoliciesLimit;
    type ListPoliciesPaginationToken = dfns::types::ListPoliciesPaginationToken;
    type ListPoliciesResponse = dfns::types::ListPoliciesResponse;
    type ListPoliciesResponseItemsItem = dfns::types::ListPoliciesResponseItemsItem;
    type ListPoliciesStatus = dfns::types::ListPoliciesStatus;
    type ListServiceAccountsResponse = dfns::types::ListServiceAccountsResponse;
    type ListServiceAccountsResponseItemsItem = dfns::types::ListServiceAccountsResponseItemsItem;
    type ListServiceAccountsResponseItemsItemAccessTokensItem =
        dfns::types::ListServiceAccountsResponseItemsItemAccessTokensItem;
    type ListServiceAccountsResponseItemsItemAccessTokensItemKind =
        dfns::types::ListServiceAccountsResponseItemsItemAccessTokensItemKind;
    type ListServiceAccountsResponseItemsItemAccessTokensItemPermissionAssignmentsItem =
        dfns::types::ListServiceAccountsResponseItemsItemAccessTokensItemPermissionAssignmentsItem;
    type ListServiceAccountsResponseItemsItemUserInfo =
        dfns::types::ListServiceAccountsResponseItemsItemUserInfo;
    type ListServiceAccountsResponseItemsItemUserInfoKind =
        dfns::types::ListServiceAccountsResponseItemsItemUserInfoKind;
    type ListServiceAccountsResponseItemsItemUserInfoPermissionAssignmentsItem =
        dfns::types::ListServiceAccountsResponseItemsItemUserInfoPermissionAssignmentsItem;
    type ListServiceAccountsResponseItemsItemUserInfoUserId =
        dfns::types::ListServiceAccountsResponseItemsItemUserInfoUserId;
    type ListSignersResponse = dfns::types::ListSignersResponse;
    type ListSignersResponseClustersItem = dfns::types::ListSignersResponseClustersItem;
    type ListSignersResponseClustersItemSignersItem =
        dfns::types::ListSignersResponseClustersItemSignersItem;
    type ListSponsoredFeesFeeSponsorId = dfns::types::ListSponsoredFeesFeeSponsorId;
    type ListSponsoredFeesLimit = dfns::types::ListSponsoredFeesLimit;
    type ListSponsoredFeesPaginationToken = dfns::types::ListSponsoredFeesPaginationToken;
    type ListSponsoredFeesResponse = dfns::types::ListSponsoredFeesResponse;
    type ListSponsoredFeesResponseItemsItem = dfns::types::ListSponsoredFeesResponseItemsItem;
    type ListSponsoredFeesResponseItemsItemFeeSponsorId =
        dfns::types::ListSponsoredFeesResponseItemsItemFeeSponsorId;
    type ListStakeActionsPaginationToken = dfns::types::ListStakeActionsPaginationToken;
    type ListStakeActionsResponse = dfns::types::ListStakeActionsResponse;
    type ListStakeActionsResponseItemsItem = dfns::types::ListStakeActionsResponseItemsItem;
    type ListStakeActionsResponseItemsItemKind = dfns::types::ListStakeActionsResponseItemsItemKind;
    type ListStakeActionsResponseItemsItemRequestBody =
        dfns::types::ListStakeActionsResponseItemsItemRequestBody;
    type ListStakeActionsResponseItemsItemRequestBodyVariant0 =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant0;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1 =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Amount =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Amount;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Kind =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Kind;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Protocol =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant0Protocol;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Amount =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Amount;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Kind =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Kind;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Protocol =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant1Protocol;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant2Kind =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant2Kind;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant2Protocol =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant2Protocol;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant3Kind =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant3Kind;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant3Protocol =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant3Protocol;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant4Kind =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant4Kind;
    type ListStakeActionsResponseItemsItemRequestBodyVariant1Variant4Protocol =
        dfns::types::ListStakeActionsResponseItemsItemRequestBodyVariant1Variant4Protocol;
    type ListStakeActionsResponseItemsItemRequester =
        dfns::types::ListStakeActionsResponseItemsItemRequester;
    type ListStakeActionsStakeId = dfns::types::ListStakeActionsStakeId;
    type ListStakesPaginationToken = dfns::types::ListStakesPaginationToken;
    type ListStakesResponse = dfns::types::ListStakesResponse;
    type ListStakesResponseItemsItem = dfns::types::ListStakesResponseItemsItem;
    type ListSwapsPaginationToken = dfns::types::ListSwapsPaginationToken;
    type ListSwapsResponse = dfns::types::ListSwapsResponse;
    type ListTransactionsLimit = dfns::types::ListTransactionsLimit;
    type ListTransactionsPaginationToken = dfns::types::ListTransactionsPaginationToken;
    type ListTransactionsResponse = dfns::types::ListTransactionsResponse;
    type ListTransactionsResponseItemsItem = dfns::types::ListTransactionsResponseItemsItem;
    type ListTransactionsResponseItemsItemRequestBody =
        dfns::types::ListTransactionsResponseItemsItemRequestBody;
    type ListTransactionsResponseItemsItemRequester =
        dfns::types::ListTransactionsResponseItemsItemRequester;
    type ListTransactionsResponseItemsItemStatus =
        dfns::types::ListTransactionsResponseItemsItemStatus;
    type ListTransactionsWalletId = dfns::types::ListTransactionsWalletId;
    type ListTransfersLimit = dfns::types::ListTransfersLimit;
    type ListTransfersPaginationToken = dfns::types::ListTransfersPaginationToken;
    type ListTransfersResponse = dfns::types::ListTransfersResponse;
    type ListTransfersWalletId = dfns::types::ListTransfersWalletId;
    type ListUsersKind = dfns::types::ListUsersKind;
    type ListUsersPaginationToken = dfns::types::ListUsersPaginationToken;
    type ListUsersResponse = dfns::types::ListUsersResponse;
    type ListWalletsLimit = dfns::types::ListWalletsLimit;
    type ListWalletsOwner = dfns::types::ListWalletsOwner;
    type ListWalletsOwnerId = dfns::types::ListWalletsOwnerId;
    type ListWalletsOwnerUsername = dfns::types::ListWalletsOwnerUsername;
    type ListWalletsPaginationToken = dfns::types::ListWalletsPaginationToken;
    type ListWalletsResponse = dfns::types::ListWalletsResponse;
    type ListWebhookEventsDeliveryFailed = dfns::types::ListWebhookEventsDeliveryFailed;
    type ListWebhookEventsKind = dfns::types::ListWebhookEventsKind;
    type ListWebhookEventsPaginationToken = dfns::types::ListWebhookEventsPaginationToken;
    type ListWebhookEventsResponse = dfns::types::ListWebhookEventsResponse;
    type ListWebhookEventsResponseItemsItem = dfns::types::ListWebhookEventsResponseItemsItem;
    type ListWebhookEventsResponseItemsItemKind =
        dfns::types::ListWebhookEventsResponseItemsItemKind;
    type ListWebhookEventsWebhookId = dfns::types::ListWebhookEventsWebhookId;
    type ListWebhooksPaginationToken = dfns::types::ListWebhooksPaginationToken;
    type ListWebhooksResponse = dfns::types::ListWebhooksResponse;
    type ListWebhooksResponseItemsItem = dfns::types::ListWebhooksResponseItemsItem;
    type ListWebhooksResponseItemsItemEventsItem =
        dfns::types::ListWebhooksResponseItemsItemEventsItem;
    type ListWebhooksResponseItemsItemStatus = dfns::types::ListWebhooksResponseItemsItemStatus;
    type ListYieldActionsPaginationToken = dfns::types::ListYieldActionsPaginationToken;
    type ListYieldActionsResponse = dfns::types::ListYieldActionsResponse;
    type ListYieldActionsYieldId = dfns::types::ListYieldActionsYieldId;
    type ListYieldsPaginationToken = dfns::types::ListYieldsPaginationToken;
    type ListYieldsResponse = dfns::types::ListYieldsResponse;
    type LogoutBody = dfns::types::LogoutBody;
    type LogoutResponse = dfns::types::LogoutResponse;
    type MessageExternalId = dfns::types::MessageExternalId;
    type MessageMessage = dfns::types::MessageMessage;
    type MessageReceivedExternalId = dfns::types::MessageReceivedExternalId;
    type MessageReceivedMessage = dfns::types::MessageReceivedMessage;
    type NativeAssetAmount = dfns::types::NativeAssetAmount;
    type NativeAssetExternalId = dfns::types::NativeAssetExternalId;
    type NativeAssetFeeSponsorId = dfns::types::NativeAssetFeeSponsorId;
    type NativeAssetKind = dfns::types::NativeAssetKind;
    type NativeAssetPriority = dfns::types::NativeAssetPriority;
    type NativeAssetReceivedAmount = dfns::types::NativeAssetReceivedAmount;
    type NativeAssetReceivedExternalId = dfns::types::NativeAssetReceivedExternalId;
    type NativeAssetReceivedFeeSponsorId = dfns::types::NativeAssetReceivedFeeSponsorId;
    type NativeAssetReceivedKind = dfns::types::NativeAssetReceivedKind;
    type NativeAssetReceivedMetadata = dfns::types::NativeAssetReceivedMetadata;
    type NativeAssetReceivedPriority = dfns::types::NativeAssetReceivedPriority;
    type NativeAssetReceivedTravelRule = dfns::types::NativeAssetReceivedTravelRule;
    type NativeAssetTravelRule = dfns::types::NativeAssetTravelRule;
    type NativeAssetsAmount = dfns::types::NativeAssetsAmount;
    type NativeAssetsExternalId = dfns::types::NativeAssetsExternalId;
    type NativeAssetsFeeSponsorId = dfns::types::NativeAssetsFeeSponsorId;
    type NativeAssetsKind = dfns::types::NativeAssetsKind;
    type NativeAssetsOtp = dfns::types::NativeAssetsOtp;
    type NativeAssetsPriority = dfns::types::NativeAssetsPriority;
    type NativeAssetsReceivedAmount = dfns::types::NativeAssetsReceivedAmount;
    type NativeAssetsReceivedExternalId = dfns::types::NativeAssetsReceivedExternalId;
    type NativeAssetsReceivedFeeSponsorId = dfns::types::NativeAssetsReceivedFeeSponsorId;
    type NativeAssetsReceivedKind = dfns::types::NativeAssetsReceivedKind;
    type NativeAssetsReceivedOtp = dfns::types::NativeAssetsReceivedOtp;
    type NativeAssetsReceivedPriority = dfns::types::NativeAssetsReceivedPriority;
    type NativeAssetsReceivedTravelRule = dfns::types::NativeAssetsReceivedTravelRule;
    type NativeAssetsReceivedWalletId = dfns::types::NativeAssetsReceivedWalletId;
    type NativeAssetsTravelRule = dfns::types::NativeAssetsTravelRule;
    type NativeAssetsWalletId = dfns::types::NativeAssetsWalletId;
    type Network = dfns::types::Network;
    type NetworkReceivedEvent = dfns::types::NetworkReceivedEvent;
    type Offer = dfns::types::Offer;
    type OfferId = dfns::types::OfferId;
    type OfferKind = dfns::types::OfferKind;
    type OfferMetadata = dfns::types::OfferMetadata;
    type OfferMetadataAsset = dfns::types::OfferMetadataAsset;
    type OfferMetadataAssetQuotes = dfns::types::OfferMetadataAssetQuotes;
    type OfferOrgId = dfns::types::OfferOrgId;
    type OfferStatus = dfns::types::OfferStatus;
    type OfferValue = dfns::types::OfferValue;
    type OfferWalletId = dfns::types::OfferWalletId;
    type PactCommandExternalId = dfns::types::PactCommandExternalId;
    type PactCommandReceivedExternalId = dfns::types::PactCommandReceivedExternalId;
    type PasswordProtectedKeyChallengeIdentifier =
        dfns::types::PasswordProtectedKeyChallengeIdentifier;
    type PasswordProtectedKeyCredentialAssertion =
        dfns::types::PasswordProtectedKeyCredentialAssertion;
    type PasswordProtectedKeyCredentialAssertionAlgorithm =
        dfns::types::PasswordProtectedKeyCredentialAssertionAlgorithm;
    type PasswordProtectedKeyCredentialAssertionClientData =
        dfns::types::PasswordProtectedKeyCredentialAssertionClientData;
    type PasswordProtectedKeyCredentialAssertionCredId =
        dfns::types::PasswordProtectedKeyCredentialAssertionCredId;
    type PasswordProtectedKeyCredentialAssertionSignature =
        dfns::types::PasswordProtectedKeyCredentialAssertionSignature;
    type PasswordProtectedKeyCredentialInfo = dfns::types::PasswordProtectedKeyCredentialInfo;
    type PasswordProtectedKeyCredentialInfoAttestationData =
        dfns::types::PasswordProtectedKeyCredentialInfoAttestationData;
    type PasswordProtectedKeyCredentialInfoClientData =
        dfns::types::PasswordProtectedKeyCredentialInfoClientData;
    type PasswordProtectedKeyCredentialInfoCredId =
        dfns::types::PasswordProtectedKeyCredentialInfoCredId;
    type PasswordProtectedKeyCredentialName = dfns::types::PasswordProtectedKeyCredentialName;
    type PasswordProtectedKeyEncryptedPrivateKey =
        dfns::types::PasswordProtectedKeyEncryptedPrivateKey;
    type PasswordProtectedKeyReceivedAttestation =
        dfns::types::PasswordProtectedKeyReceivedAttestation;
    type PasswordProtectedKeyReceivedPubKeyCredParamsItem =
        dfns::types::PasswordProtectedKeyReceivedPubKeyCredParamsItem;
    type PasswordProtectedKeyReceivedPubKeyCredParamsItemType =
        dfns::types::PasswordProtectedKeyReceivedPubKeyCredParamsItemType;
    type PasswordProtectedKeyReceivedRp = dfns::types::PasswordProtectedKeyReceivedRp;
    type PasswordProtectedKeyReceivedUser = dfns::types::PasswordProtectedKeyReceivedUser;
    type PermissionsAssignAction = dfns::types::PermissionsAssignAction;
    type PermissionsAssignFilters = dfns::types::PermissionsAssignFilters;
    type PermissionsAssignFiltersPermissionId = dfns::types::PermissionsAssignFiltersPermissionId;
    type PermissionsAssignFiltersPermissionIdInItem =
        dfns::types::PermissionsAssignFiltersPermissionIdInItem;
    type PermissionsAssignReceivedAction = dfns::types::PermissionsAssignReceivedAction;
    type PermissionsAssignReceivedChangeRequest =
        dfns::types::PermissionsAssignReceivedChangeRequest;
    type PermissionsAssignReceivedChangeRequestBody =
        dfns::types::PermissionsAssignReceivedChangeRequestBody;
    type PermissionsAssignReceivedChangeRequestKind =
        dfns::types::PermissionsAssignReceivedChangeRequestKind;
    type PermissionsAssignReceivedChangeRequestOperationKind =
        dfns::types::PermissionsAssignReceivedChangeRequestOperationKind;
    type PermissionsAssignReceivedChangeRequestRequester =
        dfns::types::PermissionsAssignReceivedChangeRequestRequester;
    type PermissionsAssignReceivedChangeRequestStatus =
        dfns::types::PermissionsAssignReceivedChangeRequestStatus;
    type PermissionsAssignReceivedFilters = dfns::types::PermissionsAssignReceivedFilters;
    type PermissionsAssignReceivedFiltersPermissionId =
        dfns::types::PermissionsAssignReceivedFiltersPermissionId;
    type PermissionsAssignReceivedFiltersPermissionIdInItem =
        dfns::types::PermissionsAssignReceivedFiltersPermissionIdInItem;
    type PermissionsAssignReceivedPendingChangeRequest =
        dfns::types::PermissionsAssignReceivedPendingChangeRequest;
    type PermissionsAssignReceivedPendingChangeRequestBody =
        dfns::types::PermissionsAssignReceivedPendingChangeRequestBody;
    type PermissionsAssignReceivedPendingChangeRequestKind =
        dfns::types::PermissionsAssignReceivedPendingChangeRequestKind;
    type PermissionsAssignReceivedPendingChangeRequestOperationKind =
        dfns::types::PermissionsAssignReceivedPendingChangeRequestOperationKind;
    type PermissionsAssignReceivedPendingChangeRequestRequester =
        dfns::types::PermissionsAssignReceivedPendingChangeRequestRequester;
    type PermissionsAssignReceivedPendingChangeRequestStatus =
        dfns::types::PermissionsAssignReceivedPendingChangeRequestStatus;
    type PermissionsAssignReceivedStatus = dfns::types::PermissionsAssignReceivedStatus;
    type PermissionsModifyAction = dfns::types::PermissionsModifyAction;
    type PermissionsModifyFilters = dfns::types::PermissionsModifyFilters;
    type PermissionsModifyFiltersPermissionId = dfns::types::PermissionsModifyFiltersPermissionId;
    type PermissionsModifyFiltersPermissionIdInItem =
        dfns::types::PermissionsModifyFiltersPermissionIdInItem;
    type PermissionsModifyReceivedAction = dfns::types::PermissionsModifyReceivedAction;
    type PermissionsModifyReceivedChangeRequest =
        dfns::types::PermissionsModifyReceivedChangeRequest;
    type PermissionsModifyReceivedChangeRequestBody =
        dfns::types::PermissionsModifyReceivedChangeRequestBody;
    type PermissionsModifyReceivedChangeRequestBodyStatus =
        dfns::types::PermissionsModifyReceivedChangeRequestBodyStatus;
    type PermissionsModifyReceivedChangeRequestKind =
        dfns::types::PermissionsModifyReceivedChangeRequestKind;
    type PermissionsModifyReceivedChangeRequestOperationKind =
        dfns::types::PermissionsModifyReceivedChangeRequestOperationKind;
    type PermissionsModifyReceivedChangeRequestRequester =
        dfns::types::PermissionsModifyReceivedChangeRequestRequester;
    type PermissionsModifyReceivedChangeRequestStatus =
        dfns::types::PermissionsModifyReceivedChangeRequestStatus;
    type PermissionsModifyReceivedFilters = dfns::types::PermissionsModifyReceivedFilters;
    type PermissionsModifyReceivedFiltersPermissionId =
        dfns::types::PermissionsModifyReceivedFiltersPermissionId;
    type PermissionsModifyReceivedFiltersPermissionIdInItem =
        dfns::types::PermissionsModifyReceivedFiltersPermissionIdInItem;
    type PermissionsModifyReceivedPendingChangeRequest =
        dfns::types::PermissionsModifyReceivedPendingChangeRequest;
    type PermissionsModifyReceivedPendingChangeRequestBody =
        dfns::types::PermissionsModifyReceivedPendingChangeRequestBody;
    type PermissionsModifyReceivedPendingChangeRequestKind =
        dfns::types::PermissionsModifyReceivedPendingChangeRequestKind;
    type PermissionsModifyReceivedPendingChangeRequestOperationKind =
        dfns::types::PermissionsModifyReceivedPendingChangeRequestOperationKind;
    type PermissionsModifyReceivedPendingChangeRequestRequester =
        dfns::types::PermissionsModifyReceivedPendingChangeRequestRequester;
    type PermissionsModifyReceivedPendingChangeRequestStatus =
        dfns::types::PermissionsModifyReceivedPendingChangeRequestStatus;
    type PermissionsModifyReceivedStatus = dfns::types::PermissionsModifyReceivedStatus;
    type PingWebhookResponse = dfns::types::PingWebhookResponse;
    type PingWebhookWebhookId = dfns::types::PingWebhookWebhookId;
    type PoliciesModifyFilters = dfns::types::PoliciesModifyFilters;
    type PoliciesModifyFiltersPolicyId = dfns::types::PoliciesModifyFiltersPolicyId;
    type PoliciesModifyFiltersPolicyIdInItem = dfns::types::PoliciesModifyFiltersPolicyIdInItem;
    type PoliciesModifyReceivedChangeRequest = dfns::types::PoliciesModifyReceivedChangeRequest;
    type PoliciesModifyReceivedChangeRequestBody =
        dfns::types::PoliciesModifyReceivedChangeRequestBody;
    type PoliciesModifyReceivedChangeRequestKind =
        dfns::types::PoliciesModifyReceivedChangeRequestKind;
    type PoliciesModifyReceivedChangeRequestOperationKind =
        dfns::types::PoliciesModifyReceivedChangeRequestOperationKind;
    type PoliciesModifyReceivedChangeRequestRequester =
        dfns::types::PoliciesModifyReceivedChangeRequestRequester;
    type PoliciesModifyReceivedChangeRequestStatus =
        dfns::types::PoliciesModifyReceivedChangeRequestStatus;
    type PoliciesModifyReceivedFilters = dfns::types::PoliciesModifyReceivedFilters;
    type PoliciesModifyReceivedFiltersPolicyId = dfns::types::PoliciesModifyReceivedFiltersPolicyId;
    type PoliciesModifyReceivedFiltersPolicyIdInItem =
        dfns::types::PoliciesModifyReceivedFiltersPolicyIdInItem;
    type PoliciesModifyReceivedPendingChangeRequest =
        dfns::types::PoliciesModifyReceivedPendingChangeRequest;
    type PoliciesModifyReceivedPendingChangeRequestBody =
        dfns::types::PoliciesModifyReceivedPendingChangeRequestBody;
    type PoliciesModifyReceivedPendingChangeRequestKind =
        dfns::types::PoliciesModifyReceivedPendingChangeRequestKind;
    type PoliciesModifyReceivedPendingChangeRequestOperationKind =
        dfns::types::PoliciesModifyReceivedPendingChangeRequestOperationKind;
    type PoliciesModifyReceivedPendingChangeRequestRequester =
        dfns::types::PoliciesModifyReceivedPendingChangeRequestRequester;
    type PoliciesModifyReceivedPendingChangeRequestStatus =
        dfns::types::PoliciesModifyReceivedPendingChangeRequestStatus;
    type PoliciesModifyReceivedStatus = dfns::types::PoliciesModifyReceivedStatus;
    type PsbtExternalId = dfns::types::PsbtExternalId;
    type PsbtPsbt = dfns::types::PsbtPsbt;
    type PsbtReceivedExternalId = dfns::types::PsbtReceivedExternalId;
    type PsbtReceivedPsbt = dfns::types::PsbtReceivedPsbt;
    type PublicPrivateKeyPairChallengeIdentifier =
        dfns::types::PublicPrivateKeyPairChallengeIdentifier;
    type PublicPrivateKeyPairCredentialAssertion =
        dfns::types::PublicPrivateKeyPairCredentialAssertion;
    type PublicPrivateKeyPairCredentialAssertionAlgorithm =
        dfns::types::PublicPrivateKeyPairCredentialAssertionAlgorithm;
    type PublicPrivateKeyPairCredentialAssertionClientData =
        dfns::types::PublicPrivateKeyPairCredentialAssertionClientData;
    type PublicPrivateKeyPairCredentialAssertionCredId =
        dfns::types::PublicPrivateKeyPairCredentialAssertionCredId;
    type PublicPrivateKeyPairCredentialAssertionSignature =
        dfns::types::PublicPrivateKeyPairCredentialAssertionSignature;
    type PublicPrivateKeyPairCredentialInfo = dfns::types::PublicPrivateKeyPairCredentialInfo;
    type PublicPrivateKeyPairCredentialInfoAttestationData =
        dfns::types::PublicPrivateKeyPairCredentialInfoAttestationData;
    type PublicPrivateKeyPairCredentialInfoClientData =
        dfns::types::PublicPrivateKeyPairCredentialInfoClientData;
    type PublicPrivateKeyPairCredentialInfoCredId =
        dfns::types::PublicPrivateKeyPairCredentialInfoCredId;
    type PublicPrivateKeyPairCredentialName = dfns::types::PublicPrivateKeyPairCredentialName;
    type PublicPrivateKeyPairReceivedAttestation =
        dfns::types::PublicPrivateKeyPairReceivedAttestation;
    type PublicPrivateKeyPairReceivedPubKeyCredParamsItem =
        dfns::types::PublicPrivateKeyPairReceivedPubKeyCredParamsItem;
    type PublicPrivateKeyPairReceivedPubKeyCredParamsItemType =
        dfns::types::PublicPrivateKeyPairReceivedPubKeyCredParamsItemType;
    type PublicPrivateKeyPairReceivedRp = dfns::types::PublicPrivateKeyPairReceivedRp;
    type PublicPrivateKeyPairReceivedUser = dfns::types::PublicPrivateKeyPairReceivedUser;
    type ReadContractBody = dfns::types::ReadContractBody;
    type ReadContractResponse = dfns::types::ReadContractResponse;
    type ReadContractResponseKind = dfns::types::ReadContractResponseKind;
    type RecordAgreementAcceptanceAgreementId = dfns::types::RecordAgreementAcceptanceAgreementId;
    type RecordAgreementAcceptanceResponse = dfns::types::RecordAgreementAcceptanceResponse;
    type RecoverUserBody = dfns::types::RecoverUserBody;
    type RecoverUserBodyNewCredentials = dfns::types::RecoverUserBodyNewCredentials;
    type RecoverUserBodyNewCredentialsFirstFactorCredential =
        dfns::types::RecoverUserBodyNewCredentialsFirstFactorCredential;
    type RecoverUserBodyNewCredentialsSecondFactorCredential =
        dfns::types::RecoverUserBodyNewCredentialsSecondFactorCredential;
    type RecoverUserBodyRecovery = dfns::types::RecoverUserBodyRecovery;
    type RecoverUserBodyRecoveryCredentialAssertion =
        dfns::types::RecoverUserBodyRecoveryCredentialAssertion;
    type RecoverUserBodyRecoveryCredentialAssertionAlgorithm =
        dfns::types::RecoverUserBodyRecoveryCredentialAssertionAlgorithm;
    type RecoverUserBodyRecoveryCredentialAssertionClientData =
        dfns::types::RecoverUserBodyRecoveryCredentialAssertionClientData;
    type RecoverUserBodyRecoveryCredentialAssertionCredId =
        dfns::types::RecoverUserBodyRecoveryCredentialAssertionCredId;
    type RecoverUserBodyRecoveryCredentialAssertionSignature =
        dfns::types::RecoverUserBodyRecoveryCredentialAssertionSignature;
    type RecoverUserBodyRecoveryKind = dfns::types::RecoverUserBodyRecoveryKind;
    type RecoverUserResponse = dfns::types::RecoverUserResponse;
    type RecoverUserResponseCredential = dfns::types::RecoverUserResponseCredential;
    type RecoverUserResponseCredentialKind = dfns::types::RecoverUserResponseCredentialKind;
    type RecoverUserResponseUser = dfns::types::RecoverUserResponseUser;
    type RecoveryCredentialsReceivedAttestation =
        dfns::types::RecoveryCredentialsReceivedAttestation;
    type RecoveryCredentialsReceivedPubKeyCredParamsItem =
        dfns::types::RecoveryCredentialsReceivedPubKeyCredParamsItem;
    type RecoveryCredentialsReceivedPubKeyCredParamsItemType =
        dfns::types::RecoveryCredentialsReceivedPubKeyCredParamsItemType;
    type RecoveryCredentialsReceivedRp = dfns::types::RecoveryCredentialsReceivedRp;
    type RecoveryCredentialsReceivedUser = dfns::types::RecoveryCredentialsReceivedUser;
    type RecoveryKey = dfns::types::RecoveryKey;
    type RecoveryKeyChallengeIdentifier = dfns::types::RecoveryKeyChallengeIdentifier;
    type RecoveryKeyCredentialInfo = dfns::types::RecoveryKeyCredentialInfo;
    type RecoveryKeyCredentialInfoAttestationData =
        dfns::types::RecoveryKeyCredentialInfoAttestationData;
    type RecoveryKeyCredentialInfoClientData = dfns::types::RecoveryKeyCredentialInfoClientData;
    type RecoveryKeyCredentialInfoCredId = dfns::types::RecoveryKeyCredentialInfoCredId;
    type RecoveryKeyCredentialKind = dfns::types::RecoveryKeyCredentialKind;
    type RecoveryKeyCredentialName = dfns::types::RecoveryKeyCredentialName;
    type RecoveryKeyEncryptedPrivateKey = dfns::types::RecoveryKeyEncryptedPrivateKey;
    type RejectOfferOfferId = dfns::types::RejectOfferOfferId;
    type RejectOfferWalletId = dfns::types::RejectOfferWalletId;
    type RequestApproval = dfns::types::RequestApproval;
    type RequestApprovalApprovalGroupsItem = dfns::types::RequestApprovalApprovalGroupsItem;
    type RequestApprovalApprovalGroupsItemApprovers =
        dfns::types::RequestApprovalApprovalGroupsItemApprovers;
    type RequestApprovalApprovalGroupsItemApproversUserId =
        dfns::types::RequestApprovalApprovalGroupsItemApproversUserId;
    type RequestApprovalApprovalGroupsItemApproversUserIdInItem =
        dfns::types::RequestApprovalApprovalGroupsItemApproversUserIdInItem;
    type RequestApprovalKind = dfns::types::RequestApprovalKind;
    type RequestApprovalReceived = dfns::types::RequestApprovalReceived;
    type RequestApprovalReceivedApprovalGroupsItem =
        dfns::types::RequestApprovalReceivedApprovalGroupsItem;
    type RequestApprovalReceivedApprovalGroupsItemApprovers =
        dfns::types::RequestApprovalReceivedApprovalGroupsItemApprovers;
    type RequestApprovalReceivedApprovalGroupsItemApproversUserId =
        dfns::types::RequestApprovalReceivedApprovalGroupsItemApproversUserId;
    type RequestApprovalReceivedApprovalGroupsItemApproversUserIdInItem =
        dfns::types::RequestApprovalReceivedApprovalGroupsItemApproversUserIdInItem;
    type RequestApprovalReceivedKind = dfns::types::RequestApprovalReceivedKind;
    type RequestSwapQuoteBody = dfns::types::RequestSwapQuoteBody;
    type RequestSwapQuoteBodyProvider = dfns::types::RequestSwapQuoteBodyProvider;
    type RequestSwapQuoteBodySourceAsset = dfns::types::RequestSwapQuoteBodySourceAsset;
    type RequestSwapQuoteBodyTargetAsset = dfns::types::RequestSwapQuoteBodyTargetAsset;
    type RequestSwapQuoteBodyTargetAssetErc20 = dfns::types::RequestSwapQuoteBodyTargetAssetErc20;
    type RequestSwapQuoteBodyTargetWalletId = dfns::types::RequestSwapQuoteBodyTargetWalletId;
    type RequestSwapQuoteBodyWalletId = dfns::types::RequestSwapQuoteBodyWalletId;
    type ResendRegistrationCodeBody = dfns::types::ResendRegistrationCodeBody;
    type ResendRegistrationCodeBodyOrgId = dfns::types::ResendRegistrationCodeBodyOrgId;
    type ResendRegistrationCodeBodyUsername = dfns::types::ResendRegistrationCodeBodyUsername;
    type ResendRegistrationCodeResponse = dfns::types::ResendRegistrationCodeResponse;
    type RevokePermissionAssignmentId = dfns::types::RevokePermissionAssignmentId;
    type RevokePermissionPermissionId = dfns::types::RevokePermissionPermissionId;
    type SendLoginCodeBody = dfns::types::SendLoginCodeBody;
    type SendLoginCodeBodyOrgId = dfns::types::SendLoginCodeBodyOrgId;
    type SendLoginCodeResponse = dfns::types::SendLoginCodeResponse;
    type SendRecoveryCodeEmailBody = dfns::types::SendRecoveryCodeEmailBody;
    type SendRecoveryCodeEmailBodyOrgId = dfns::types::SendRecoveryCodeEmailBodyOrgId;
    type SendRecoveryCodeEmailBodyUsername = dfns::types::SendRecoveryCodeEmailBodyUsername;
    type SendRecoveryCodeEmailResponse = dfns::types::SendRecoveryCodeEmailResponse;
    type SignAndBroadcastTransactionBody = dfns::types::SignAndBroadcastTransactionBody;
    type SignAndBroadcastTransactionResponse = dfns::types::SignAndBroadcastTransactionResponse;
    type SignAndBroadcastTransactionResponseRequestBody =
        dfns::types::SignAndBroadcastTransactionResponseRequestBody;
    type SignAndBroadcastTransactionResponseRequester =
        dfns::types::SignAndBroadcastTransactionResponseRequester;
    type SignAndBroadcastTransactionResponseStatus =
        dfns::types::SignAndBroadcastTransactionResponseStatus;
    type SignAndBroadcastTransactionWalletId = dfns::types::SignAndBroadcastTransactionWalletId;
    type SignDocDirectExternalId = dfns::types::SignDocDirectExternalId;
    type SignDocDirectReceivedExternalId = dfns::types::SignDocDirectReceivedExternalId;
    type SignDocDirectReceivedSignDoc = dfns::types::SignDocDirectReceivedSignDoc;
    type SignDocDirectSignDoc = dfns::types::SignDocDirectSignDoc;
    type SignerPayloadExternalId = dfns::types::SignerPayloadExternalId;
    type SignerPayloadPayload = dfns::types::SignerPayloadPayload;
    type SignerPayloadPayloadString = dfns::types::SignerPayloadPayloadString;
    type SignerPayloadReceivedExternalId = dfns::types::SignerPayloadReceivedExternalId;
    type SignerPayloadReceivedPayload = dfns::types::SignerPayloadReceivedPayload;
    type SignerPayloadReceivedPayloadString = dfns::types::SignerPayloadReceivedPayloadString;
    type SocialLoginBody = dfns::types::SocialLoginBody;
    type SocialLoginBodySocialLoginProviderKind =
        dfns::types::SocialLoginBodySocialLoginProviderKind;
    type SocialLoginResponse = dfns::types::SocialLoginResponse;
    type SolanaProgramLibraryTokenSplAndSpl2022Amount =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022Amount;
    type SolanaProgramLibraryTokenSplAndSpl2022ExternalId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ExternalId;
    type SolanaProgramLibraryTokenSplAndSpl2022FeeSponsorId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022FeeSponsorId;
    type SolanaProgramLibraryTokenSplAndSpl2022Kind =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022Kind;
    type SolanaProgramLibraryTokenSplAndSpl2022Mint =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022Mint;
    type SolanaProgramLibraryTokenSplAndSpl2022Otp =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022Otp;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedAmount =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedAmount;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedExternalId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedExternalId;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedFeeSponsorId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedFeeSponsorId;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedKind =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedKind;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedMint =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedMint;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedOtp =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedOtp;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedTo =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedTo;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedTravelRule =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedTravelRule;
    type SolanaProgramLibraryTokenSplAndSpl2022ReceivedWalletId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022ReceivedWalletId;
    type SolanaProgramLibraryTokenSplAndSpl2022To =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022To;
    type SolanaProgramLibraryTokenSplAndSpl2022TravelRule =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022TravelRule;
    type SolanaProgramLibraryTokenSplAndSpl2022WalletId =
        dfns::types::SolanaProgramLibraryTokenSplAndSpl2022WalletId;
    type StellarClassicAssetsSep41Amount = dfns::types::StellarClassicAssetsSep41Amount;
    type StellarClassicAssetsSep41ExternalId = dfns::types::StellarClassicAssetsSep41ExternalId;
    type StellarClassicAssetsSep41FeeSponsorId = dfns::types::StellarClassicAssetsSep41FeeSponsorId;
    type StellarClassicAssetsSep41Issuer = dfns::types::StellarClassicAssetsSep41Issuer;
    type StellarClassicAssetsSep41Kind = dfns::types::StellarClassicAssetsSep41Kind;
    type StellarClassicAssetsSep41Otp = dfns::types::StellarClassicAssetsSep41Otp;
    type StellarClassicAssetsSep41ReceivedAmount =
        dfns::types::StellarClassicAssetsSep41ReceivedAmount;
    type StellarClassicAssetsSep41ReceivedExternalId =
        dfns::types::StellarClassicAssetsSep41ReceivedExternalId;
    type StellarClassicAssetsSep41ReceivedFeeSponsorId =
        dfns::types::StellarClassicAssetsSep41ReceivedFeeSponsorId;
    type StellarClassicAssetsSep41ReceivedIssuer =
        dfns::types::StellarClassicAssetsSep41ReceivedIssuer;
    type StellarClassicAssetsSep41ReceivedKind = dfns::types::StellarClassicAssetsSep41ReceivedKind;
    type StellarClassicAssetsSep41ReceivedOtp = dfns::types::StellarClassicAssetsSep41ReceivedOtp;
    type StellarClassicAssetsSep41ReceivedTo = dfns::types::StellarClassicAssetsSep41ReceivedTo;
    type StellarClassicAssetsSep41ReceivedTravelRule =
        dfns::types::StellarClassicAssetsSep41ReceivedTravelRule;
    type StellarClassicAssetsSep41ReceivedWalletId =
        dfns::types::StellarClassicAssetsSep41ReceivedWalletId;
    type StellarClassicAssetsSep41To = dfns::types::StellarClassicAssetsSep41To;
    type StellarClassicAssetsSep41TravelRule = dfns::types::StellarClassicAssetsSep41TravelRule;
    type StellarClassicAssetsSep41WalletId = dfns::types::StellarClassicAssetsSep41WalletId;
    type SuiCoinAmount = dfns::types::SuiCoinAmount;
    type SuiCoinExternalId = dfns::types::SuiCoinExternalId;
    type SuiCoinFeeSponsorId = dfns::types::SuiCoinFeeSponsorId;
    type SuiCoinKind = dfns::types::SuiCoinKind;
    type SuiCoinReceivedAmount = dfns::types::SuiCoinReceivedAmount;
    type SuiCoinReceivedExternalId = dfns::types::SuiCoinReceivedExternalId;
    type SuiCoinReceivedFeeSponsorId = dfns::types::SuiCoinReceivedFeeSponsorId;
    type SuiCoinReceivedKind = dfns::types::SuiCoinReceivedKind;
    type SuiCoinReceivedTo = dfns::types::SuiCoinReceivedTo;
    type SuiCoinReceivedTravelRule = dfns::types::SuiCoinReceivedTravelRule;
    type SuiCoinTo = dfns::types::SuiCoinTo;
    type SuiCoinTravelRule = dfns::types::SuiCoinTravelRule;
    type Swap = dfns::types::Swap;
    type SwapId = dfns::types::SwapId;
    type SwapProvider = dfns::types::SwapProvider;
    type SwapQuote = dfns::types::SwapQuote;
    type SwapQuoteId = dfns::types::SwapQuoteId;
    type SwapQuoteProvider = dfns::types::SwapQuoteProvider;
    type SwapQuoteRequestBody = dfns::types::SwapQuoteRequestBody;
    type SwapQuoteRequestBodySubtype0 = dfns::types::SwapQuoteRequestBodySubtype0;
    type SwapQuoteRequestBodySubtype0Provider = dfns::types::SwapQuoteRequestBodySubtype0Provider;
    type SwapQuoteRequestBodySubtype0SourceAsset =
        dfns::types::SwapQuoteRequestBodySubtype0SourceAsset;
    type SwapQuoteRequestBodySubtype0TargetAsset =
        dfns::types::SwapQuoteRequestBodySubtype0TargetAsset;
    type SwapQuoteRequestBodySubtype0TargetAssetErc20 =
        dfns::types::SwapQuoteRequestBodySubtype0TargetAssetErc20;
    type SwapQuoteRequestBodySubtype0TargetWalletId =
        dfns::types::SwapQuoteRequestBodySubtype0TargetWalletId;
    type SwapQuoteRequestBodySubtype0WalletId = dfns::types::SwapQuoteRequestBodySubtype0WalletId;
    type SwapQuoteRequester = dfns::types::SwapQuoteRequester;
    type SwapQuoteRequesterTokenId = dfns::types::SwapQuoteRequesterTokenId;
    type SwapQuoteRequesterUserId = dfns::types::SwapQuoteRequesterUserId;
    type SwapQuoteSourceAsset = dfns::types::SwapQuoteSourceAsset;
    type SwapQuoteTargetAsset = dfns::types::SwapQuoteTargetAsset;
    type SwapQuoteTargetWalletId = dfns::types::SwapQuoteTargetWalletId;
    type SwapQuoteWalletId = dfns::types::SwapQuoteWalletId;
    type SwapQuotedSourceAsset = dfns::types::SwapQuotedSourceAsset;
    type SwapQuotedTargetAsset = dfns::types::SwapQuotedTargetAsset;
    type SwapRequestBody = dfns::types::SwapRequestBody;
    type SwapRequestBodySubtype0 = dfns::types::SwapRequestBodySubtype0;
    type SwapRequestBodySubtype0Provider = dfns::types::SwapRequestBodySubtype0Provider;
    type SwapRequestBodySubtype0QuoteId = dfns::types::SwapRequestBodySubtype0QuoteId;
    type SwapRequestBodySubtype0SourceAsset = dfns::types::SwapRequestBodySubtype0SourceAsset;
    type SwapRequestBodySubtype0TargetAsset = dfns::types::SwapRequestBodySubtype0TargetAsset;
    type SwapRequestBodySubtype0TargetWalletId = dfns::types::SwapRequestBodySubtype0TargetWalletId;
    type SwapRequestBodySubtype0WalletId = dfns::types::SwapRequestBodySubtype0WalletId;
    type SwapRequester = dfns::types::SwapRequester;
    type SwapRequesterTokenId = dfns::types::SwapRequesterTokenId;
    type SwapRequesterUserId = dfns::types::SwapRequesterUserId;
    type SwapStatus = dfns::types::SwapStatus;
    type SwapTargetWalletId = dfns::types::SwapTargetWalletId;
    type SwapWalletId = dfns::types::SwapWalletId;
    type TagWalletBody = dfns::types::TagWalletBody;
    type TagWalletBodyTagsItem = dfns::types::TagWalletBodyTagsItem;
    type TagWalletWalletId = dfns::types::TagWalletWalletId;
    type TonJettonTep74Amount = dfns::types::TonJettonTep74Amount;
    type TonJettonTep74ExternalId = dfns::types::TonJettonTep74ExternalId;
    type TonJettonTep74FeeSponsorId = dfns::types::TonJettonTep74FeeSponsorId;
    type TonJettonTep74Kind = dfns::types::TonJettonTep74Kind;
    type TonJettonTep74Master = dfns::types::TonJettonTep74Master;
    type TonJettonTep74Otp = dfns::types::TonJettonTep74Otp;
    type TonJettonTep74ReceivedAmount = dfns::types::TonJettonTep74ReceivedAmount;
    type TonJettonTep74ReceivedExternalId = dfns::types::TonJettonTep74ReceivedExternalId;
    type TonJettonTep74ReceivedFeeSponsorId = dfns::types::TonJettonTep74ReceivedFeeSponsorId;
    type TonJettonTep74ReceivedKind = dfns::types::TonJettonTep74ReceivedKind;
    type TonJettonTep74ReceivedMaster = dfns::types::TonJettonTep74ReceivedMaster;
    type TonJettonTep74ReceivedOtp = dfns::types::TonJettonTep74ReceivedOtp;
    type TonJettonTep74ReceivedTo = dfns::types::TonJettonTep74ReceivedTo;
    type TonJettonTep74ReceivedTravelRule = dfns::types::TonJettonTep74ReceivedTravelRule;
    type TonJettonTep74ReceivedWalletId = dfns::types::TonJettonTep74ReceivedWalletId;
    type TonJettonTep74To = dfns::types::TonJettonTep74To;
    type TonJettonTep74TravelRule = dfns::types::TonJettonTep74TravelRule;
    type TonJettonTep74WalletId = dfns::types::TonJettonTep74WalletId;
    type TransactionAmountLimitConfiguration = dfns::types::TransactionAmountLimitConfiguration;
    type TransactionAmountLimitConfigurationCurrency =
        dfns::types::TransactionAmountLimitConfigurationCurrency;
    type TransactionAmountLimitReceivedConfiguration =
        dfns::types::TransactionAmountLimitReceivedConfiguration;
    type TransactionAmountLimitReceivedConfigurationCurrency =
        dfns::types::TransactionAmountLimitReceivedConfigurationCurrency;
    type TransactionAmountVelocityConfiguration =
        dfns::types::TransactionAmountVelocityConfiguration;
    type TransactionAmountVelocityConfigurationCurrency =
        dfns::types::TransactionAmountVelocityConfigurationCurrency;
    type TransactionAmountVelocityReceivedConfiguration =
        dfns::types::TransactionAmountVelocityReceivedConfiguration;
    type TransactionAmountVelocityReceivedConfigurationCurrency =
        dfns::types::TransactionAmountVelocityReceivedConfigurationCurrency;
    type TransactionCountVelocityConfiguration = dfns::types::TransactionCountVelocityConfiguration;
    type TransactionCountVelocityReceivedConfiguration =
        dfns::types::TransactionCountVelocityReceivedConfiguration;
    type TransactionExternalId = dfns::types::TransactionExternalId;
    type TransactionReceivedExternalId = dfns::types::TransactionReceivedExternalId;
    type TransactionReceivedTransaction = dfns::types::TransactionReceivedTransaction;
    type TransactionReceivedTransactionString = dfns::types::TransactionReceivedTransactionString;
    type TransactionRecipientWhitelistConfiguration =
        dfns::types::TransactionRecipientWhitelistConfiguration;
    type TransactionRecipientWhitelistConfigurationAddressesItem =
        dfns::types::TransactionRecipientWhitelistConfigurationAddressesItem;
    type TransactionRecipientWhitelistReceivedConfiguration =
        dfns::types::TransactionRecipientWhitelistReceivedConfiguration;
    type TransactionRecipientWhitelistReceivedConfigurationAddressesItem =
        dfns::types::TransactionRecipientWhitelistReceivedConfigurationAddressesItem;
    type TransactionTransaction = dfns::types::TransactionTransaction;
    type TransactionTransactionString = dfns::types::TransactionTransactionString;
    type TransferAssetBody = dfns::types::TransferAssetBody;
    type TransferAssetWalletId = dfns::types::TransferAssetWalletId;
    type TransferRequest = dfns::types::TransferRequest;
    type TransferRequestMetadata = dfns::types::TransferRequestMetadata;
    type TransferRequestMetadataAsset = dfns::types::TransferRequestMetadataAsset;
    type TransferRequestMetadataAssetQuotes = dfns::types::TransferRequestMetadataAssetQuotes;
    type TransferRequestRequestBody = dfns::types::TransferRequestRequestBody;
    type TransferRequestRequester = dfns::types::TransferRequestRequester;
    type TransferRequestStatus = dfns::types::TransferRequestStatus;
    type TravelRuleTransactionPrescreeningConfiguration =
        dfns::types::TravelRuleTransactionPrescreeningConfiguration;
    type TravelRuleTransactionPrescreeningConfigurationVendor =
        dfns::types::TravelRuleTransactionPrescreeningConfigurationVendor;
    type TravelRuleTransactionPrescreeningReceivedConfiguration =
        dfns::types::TravelRuleTransactionPrescreeningReceivedConfiguration;
    type TravelRuleTransactionPrescreeningReceivedConfigurationVendor =
        dfns::types::TravelRuleTransactionPrescreeningReceivedConfigurationVendor;
    type TronNativeFungibleTokenTrc10Amount = dfns::types::TronNativeFungibleTokenTrc10Amount;
    type TronNativeFungibleTokenTrc10ExternalId =
        dfns::types::TronNativeFungibleTokenTrc10ExternalId;
    type TronNativeFungibleTokenTrc10FeeSponsorId =
        dfns::types::TronNativeFungibleTokenTrc10FeeSponsorId;
    type TronNativeFungibleTokenTrc10Kind = dfns::types::TronNativeFungibleTokenTrc10Kind;
    type TronNativeFungibleTokenTrc10Otp = dfns::types::TronNativeFungibleTokenTrc10Otp;
    type TronNativeFungibleTokenTrc10ReceivedAmount =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedAmount;
    type TronNativeFungibleTokenTrc10ReceivedExternalId =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedExternalId;
    type TronNativeFungibleTokenTrc10ReceivedFeeSponsorId =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedFeeSponsorId;
    type TronNativeFungibleTokenTrc10ReceivedKind =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedKind;
    type TronNativeFungibleTokenTrc10ReceivedOtp =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedOtp;
    type TronNativeFungibleTokenTrc10ReceivedTo =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedTo;
    type TronNativeFungibleTokenTrc10ReceivedTokenId =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedTokenId;
    type TronNativeFungibleTokenTrc10ReceivedTravelRule =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedTravelRule;
    type TronNativeFungibleTokenTrc10ReceivedWalletId =
        dfns::types::TronNativeFungibleTokenTrc10ReceivedWalletId;
    type TronNativeFungibleTokenTrc10To = dfns::types::TronNativeFungibleTokenTrc10To;
    type TronNativeFungibleTokenTrc10TokenId = dfns::types::TronNativeFungibleTokenTrc10TokenId;
    type TronNativeFungibleTokenTrc10TravelRule =
        dfns::types::TronNativeFungibleTokenTrc10TravelRule;
    type TronNativeFungibleTokenTrc10WalletId = dfns::types::TronNativeFungibleTokenTrc10WalletId;
    type TronNonFungibleTokenTrc721Contract = dfns::types::TronNonFungibleTokenTrc721Contract;
    type TronNonFungibleTokenTrc721ExternalId = dfns::types::TronNonFungibleTokenTrc721ExternalId;
    type TronNonFungibleTokenTrc721FeeSponsorId =
        dfns::types::TronNonFungibleTokenTrc721FeeSponsorId;
    type TronNonFungibleTokenTrc721Kind = dfns::types::TronNonFungibleTokenTrc721Kind;
    type TronNonFungibleTokenTrc721ReceivedContract =
        dfns::types::TronNonFungibleTokenTrc721ReceivedContract;
    type TronNonFungibleTokenTrc721ReceivedExternalId =
        dfns::types::TronNonFungibleTokenTrc721ReceivedExternalId;
    type TronNonFungibleTokenTrc721ReceivedFeeSponsorId =
        dfns::types::TronNonFungibleTokenTrc721ReceivedFeeSponsorId;
    type TronNonFungibleTokenTrc721ReceivedKind =
        dfns::types::TronNonFungibleTokenTrc721ReceivedKind;
    type TronNonFungibleTokenTrc721ReceivedTo = dfns::types::TronNonFungibleTokenTrc721ReceivedTo;
    type TronNonFungibleTokenTrc721ReceivedTokenId =
        dfns::types::TronNonFungibleTokenTrc721ReceivedTokenId;
    type TronNonFungibleTokenTrc721ReceivedTravelRule =
        dfns::types::TronNonFungibleTokenTrc721ReceivedTravelRule;
    type TronNonFungibleTokenTrc721To = dfns::types::TronNonFungibleTokenTrc721To;
    type TronNonFungibleTokenTrc721TokenId = dfns::types::TronNonFungibleTokenTrc721TokenId;
    type TronNonFungibleTokenTrc721TravelRule = dfns::types::TronNonFungibleTokenTrc721TravelRule;
    type TronSmartContractFungibleTokenTrc20Amount =
        dfns::types::TronSmartContractFungibleTokenTrc20Amount;
    type TronSmartContractFungibleTokenTrc20Contract =
        dfns::types::TronSmartContractFungibleTokenTrc20Contract;
    type TronSmartContractFungibleTokenTrc20ExternalId =
        dfns::types::TronSmartContractFungibleTokenTrc20ExternalId;
    type TronSmartContractFungibleTokenTrc20FeeSponsorId =
        dfns::types::TronSmartContractFungibleTokenTrc20FeeSponsorId;
    type TronSmartContractFungibleTokenTrc20Kind =
        dfns::types::TronSmartContractFungibleTokenTrc20Kind;
    type TronSmartContractFungibleTokenTrc20Otp =
        dfns::types::TronSmartContractFungibleTokenTrc20Otp;
    type TronSmartContractFungibleTokenTrc20ReceivedAmount =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedAmount;
    type TronSmartContractFungibleTokenTrc20ReceivedContract =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedContract;
    type TronSmartContractFungibleTokenTrc20ReceivedExternalId =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedExternalId;
    type TronSmartContractFungibleTokenTrc20ReceivedFeeSponsorId =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedFeeSponsorId;
    type TronSmartContractFungibleTokenTrc20ReceivedKind =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedKind;
    type TronSmartContractFungibleTokenTrc20ReceivedOtp =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedOtp;
    type TronSmartContractFungibleTokenTrc20ReceivedTo =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedTo;
    type TronSmartContractFungibleTokenTrc20ReceivedTravelRule =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedTravelRule;
    type TronSmartContractFungibleTokenTrc20ReceivedWalletId =
        dfns::types::TronSmartContractFungibleTokenTrc20ReceivedWalletId;
    type TronSmartContractFungibleTokenTrc20To = dfns::types::TronSmartContractFungibleTokenTrc20To;
    type TronSmartContractFungibleTokenTrc20TravelRule =
        dfns::types::TronSmartContractFungibleTokenTrc20TravelRule;
    type TronSmartContractFungibleTokenTrc20WalletId =
        dfns::types::TronSmartContractFungibleTokenTrc20WalletId;
    type UntagWalletBody = dfns::types::UntagWalletBody;
    type UntagWalletBodyTagsItem = dfns::types::UntagWalletBodyTagsItem;
    type UntagWalletWalletId = dfns::types::UntagWalletWalletId;
    type UpdateCantonValidatorBody = dfns::types::UpdateCantonValidatorBody;
    type UpdateCantonValidatorBodyLedger = dfns::types::UpdateCantonValidatorBodyLedger;
    type UpdateCantonValidatorBodyLedgerOauth2 = dfns::types::UpdateCantonValidatorBodyLedgerOauth2;
    type UpdateCantonValidatorBodyName = dfns::types::UpdateCantonValidatorBodyName;
    type UpdateCantonValidatorBodyValidator = dfns::types::UpdateCantonValidatorBodyValidator;
    type UpdateCantonValidatorBodyValidatorOauth2 =
        dfns::types::UpdateCantonValidatorBodyValidatorOauth2;
    type UpdateCantonValidatorNetwork = dfns::types::UpdateCantonValidatorNetwork;
    type UpdateCantonValidatorValidatorId = dfns::types::UpdateCantonValidatorValidatorId;
    type UpdateKeyBody = dfns::types::UpdateKeyBody;
    type UpdateKeyBodyName = dfns::types::UpdateKeyBodyName;
    type UpdateKeyKeyId = dfns::types::UpdateKeyKeyId;
    type UpdateKeyResponse = dfns::types::UpdateKeyResponse;
    type UpdateKeyResponseCurve = dfns::types::UpdateKeyResponseCurve;
    type UpdateKeyResponseScheme = dfns::types::UpdateKeyResponseScheme;
    type UpdateKeyResponseStatus = dfns::types::UpdateKeyResponseStatus;
    type UpdatePermissionBody = dfns::types::UpdatePermissionBody;
    type UpdatePermissionBodyName = dfns::types::UpdatePermissionBodyName;
    type UpdatePermissionBodyOperationsItem = dfns::types::UpdatePermissionBodyOperationsItem;
    type UpdatePermissionPermissionId = dfns::types::UpdatePermissionPermissionId;
    type UpdatePermissionResponse = dfns::types::UpdatePermissionResponse;
    type UpdatePermissionResponseStatus = dfns::types::UpdatePermissionResponseStatus;
    type UpdatePersonalAccessTokenBody = dfns::types::UpdatePersonalAccessTokenBody;
    type UpdatePersonalAccessTokenResponse = dfns::types::UpdatePersonalAccessTokenResponse;
    type UpdatePersonalAccessTokenResponseKind = dfns::types::UpdatePersonalAccessTokenResponseKind;
    type UpdatePersonalAccessTokenResponsePermissionAssignmentsItem =
        dfns::types::UpdatePersonalAccessTokenResponsePermissionAssignmentsItem;
    type UpdatePersonalAccessTokenTokenId = dfns::types::UpdatePersonalAccessTokenTokenId;
    type UpdatePolicyBody = dfns::types::UpdatePolicyBody;
    type UpdatePolicyPolicyId = dfns::types::UpdatePolicyPolicyId;
    type UpdatePolicyResponse = dfns::types::UpdatePolicyResponse;
    type UpdateServiceAccountBody = dfns::types::UpdateServiceAccountBody;
    type UpdateServiceAccountResponse = dfns::types::UpdateServiceAccountResponse;
    type UpdateServiceAccountResponseAccessTokensItem =
        dfns::types::UpdateServiceAccountResponseAccessTokensItem;
    type UpdateServiceAccountResponseAccessTokensItemKind =
        dfns::types::UpdateServiceAccountResponseAccessTokensItemKind;
    type UpdateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem =
        dfns::types::UpdateServiceAccountResponseAccessTokensItemPermissionAssignmentsItem;
    type UpdateServiceAccountResponseUserInfo = dfns::types::UpdateServiceAccountResponseUserInfo;
    type UpdateServiceAccountResponseUserInfoKind =
        dfns::types::UpdateServiceAccountResponseUserInfoKind;
    type UpdateServiceAccountResponseUserInfoPermissionAssignmentsItem =
        dfns::types::UpdateServiceAccountResponseUserInfoPermissionAssignmentsItem;
    type UpdateServiceAccountResponseUserInfoUserId =
        dfns::types::UpdateServiceAccountResponseUserInfoUserId;
    type UpdateServiceAccountServiceAccountId = dfns::types::UpdateServiceAccountServiceAccountId;
    type UpdateUserBody = dfns::types::UpdateUserBody;
    type UpdateUserUserId = dfns::types::UpdateUserUserId;
    type UpdateWalletBody = dfns::types::UpdateWalletBody;
    type UpdateWalletBodyExternalId = dfns::types::UpdateWalletBodyExternalId;
    type UpdateWalletBodyName = dfns::types::UpdateWalletBodyName;
    type UpdateWalletWalletId = dfns::types::UpdateWalletWalletId;
    type UpdateWebhookBody = dfns::types::UpdateWebhookBody;
    type UpdateWebhookBodyDescription = dfns::types::UpdateWebhookBodyDescription;
    type UpdateWebhookBodyEventsItem = dfns::types::UpdateWebhookBodyEventsItem;
    type UpdateWebhookBodyStatus = dfns::types::UpdateWebhookBodyStatus;
    type UpdateWebhookResponse = dfns::types::UpdateWebhookResponse;
    type UpdateWebhookResponseEventsItem = dfns::types::UpdateWebhookResponseEventsItem;
    type UpdateWebhookResponseStatus = dfns::types::UpdateWebhookResponseStatus;
    type UpdateWebhookWebhookId = dfns::types::UpdateWebhookWebhookId;
    type User = dfns::types::User;
    type UserKind = dfns::types::UserKind;
    type UserPermissionAssignmentsItem = dfns::types::UserPermissionAssignmentsItem;
    type UserUserId = dfns::types::UserUserId;
    type Wallet = dfns::types::Wallet;
    type WalletExternalId = dfns::types::WalletExternalId;
    type WalletId = dfns::types::WalletId;
    type WalletName = dfns::types::WalletName;
    type WalletOfferAcceptedData = dfns::types::WalletOfferAcceptedData;
    type WalletOfferReceivedData = dfns::types::WalletOfferReceivedData;
    type WalletOfferRejectedData = dfns::types::WalletOfferRejectedData;
    type WalletSigningKey = dfns::types::WalletSigningKey;
    type WalletSigningKeyCurve = dfns::types::WalletSigningKeyCurve;
    type WalletSigningKeyDelegatedTo = dfns::types::WalletSigningKeyDelegatedTo;
    type WalletSigningKeyId = dfns::types::WalletSigningKeyId;
    type WalletSigningKeyScheme = dfns::types::WalletSigningKeyScheme;
    type WalletStatus = dfns::types::WalletStatus;
    type WalletTagsItem = dfns::types::WalletTagsItem;
    type WalletTransferBroadcastedData = dfns::types::WalletTransferBroadcastedData;
    type WalletTransferConfirmedData = dfns::types::WalletTransferConfirmedData;
    type WalletTransferFailedData = dfns::types::WalletTransferFailedData;
    type WalletTransferRejectedData = dfns::types::WalletTransferRejectedData;
    type WalletTransferRequestedData = dfns::types::WalletTransferRequestedData;
    type WalletValidatorId = dfns::types::WalletValidatorId;
    type WalletsGenerateSignatureBody = dfns::types::WalletsGenerateSignatureBody;
    type WalletsGenerateSignatureResponse = dfns::types::WalletsGenerateSignatureResponse;
    type WalletsGenerateSignatureResponseRequestBody =
        dfns::types::WalletsGenerateSignatureResponseRequestBody;
    type WalletsGenerateSignatureResponseRequester =
        dfns::types::WalletsGenerateSignatureResponseRequester;
    type WalletsGenerateSignatureResponseSignature =
        dfns::types::WalletsGenerateSignatureResponseSignature;
    type WalletsGenerateSignatureResponseSignaturesItem =
        dfns::types::WalletsGenerateSignatureResponseSignaturesItem;
    type WalletsGenerateSignatureResponseStatus =
        dfns::types::WalletsGenerateSignatureResponseStatus;
    type WalletsGenerateSignatureWalletId = dfns::types::WalletsGenerateSignatureWalletId;
    type WalletsGetSignatureResponse = dfns::types::WalletsGetSignatureResponse;
    type WalletsGetSignatureResponseRequestBody =
        dfns::types::WalletsGetSignatureResponseRequestBody;
    type WalletsGetSignatureResponseRequester = dfns::types::WalletsGetSignatureResponseRequester;
    type WalletsGetSignatureResponseSignature = dfns::types::WalletsGetSignatureResponseSignature;
    type WalletsGetSignatureResponseSignaturesItem =
        dfns::types::WalletsGetSignatureResponseSignaturesItem;
    type WalletsGetSignatureResponseStatus = dfns::types::WalletsGetSignatureResponseStatus;
    type WalletsGetSignatureSignatureId = dfns::types::WalletsGetSignatureSignatureId;
    type WalletsGetSignatureWalletId = dfns::types::WalletsGetSignatureWalletId;
    type WalletsIncomingTransactionAction = dfns::types::WalletsIncomingTransactionAction;
    type WalletsIncomingTransactionActionKind = dfns::types::WalletsIncomingTransactionActionKind;
    type WalletsIncomingTransactionFilters = dfns::types::WalletsIncomingTransactionFilters;
    type WalletsIncomingTransactionFiltersWalletId =
        dfns::types::WalletsIncomingTransactionFiltersWalletId;
    type WalletsIncomingTransactionFiltersWalletIdInItem =
        dfns::types::WalletsIncomingTransactionFiltersWalletIdInItem;
    type WalletsIncomingTransactionFiltersWalletTags =
        dfns::types::WalletsIncomingTransactionFiltersWalletTags;
    type WalletsIncomingTransactionFiltersWalletTagsHasAllItem =
        dfns::types::WalletsIncomingTransactionFiltersWalletTagsHasAllItem;
    type WalletsIncomingTransactionFiltersWalletTagsHasAnyItem =
        dfns::types::WalletsIncomingTransactionFiltersWalletTagsHasAnyItem;
    type WalletsIncomingTransactionReceivedAction =
        dfns::types::WalletsIncomingTransactionReceivedAction;
    type WalletsIncomingTransactionReceivedActionKind =
        dfns::types::WalletsIncomingTransactionReceivedActionKind;
    type WalletsIncomingTransactionReceivedBlockchainEvent =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEvent;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant0MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant10MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant11MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant12MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant13MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant14MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant15MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant16MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant17MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant1MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant2MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant3MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant4MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant5MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant6MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant7MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant8MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9Direction =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9Direction;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9Kind =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9Kind;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9Metadata =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9Metadata;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataAsset =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataAsset;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataAssetQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataAssetQuotes;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataFee =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataFee;
    type WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataFeeQuotes =
        dfns::types::WalletsIncomingTransactionReceivedBlockchainEventVariant9MetadataFeeQuotes;
    type WalletsIncomingTransactionReceivedFilters =
        dfns::types::WalletsIncomingTransactionReceivedFilters;
    type WalletsIncomingTransactionReceivedFiltersWalletId =
        dfns::types::WalletsIncomingTransactionReceivedFiltersWalletId;
    type WalletsIncomingTransactionReceivedFiltersWalletIdInItem =
        dfns::types::WalletsIncomingTransactionReceivedFiltersWalletIdInItem;
    type WalletsIncomingTransactionReceivedFiltersWalletTags =
        dfns::types::WalletsIncomingTransactionReceivedFiltersWalletTags;
    type WalletsIncomingTransactionReceivedFiltersWalletTagsHasAllItem =
        dfns::types::WalletsIncomingTransactionReceivedFiltersWalletTagsHasAllItem;
    type WalletsIncomingTransactionReceivedFiltersWalletTagsHasAnyItem =
        dfns::types::WalletsIncomingTransactionReceivedFiltersWalletTagsHasAnyItem;
    type WalletsIncomingTransactionReceivedPendingChangeRequest =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequest;
    type WalletsIncomingTransactionReceivedPendingChangeRequestBody =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequestBody;
    type WalletsIncomingTransactionReceivedPendingChangeRequestKind =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequestKind;
    type WalletsIncomingTransactionReceivedPendingChangeRequestOperationKind =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequestOperationKind;
    type WalletsIncomingTransactionReceivedPendingChangeRequestRequester =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequestRequester;
    type WalletsIncomingTransactionReceivedPendingChangeRequestStatus =
        dfns::types::WalletsIncomingTransactionReceivedPendingChangeRequestStatus;
    type WalletsIncomingTransactionReceivedRule =
        dfns::types::WalletsIncomingTransactionReceivedRule;
    type WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningAlerts =
        dfns::types::WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningAlerts;
    type WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningAlertsAlertLevel = dfns::types::WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningAlertsAlertLevel;
    type WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningExposures =
        dfns::types::WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningExposures;
    type WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningExposuresDirect = dfns::types::WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningExposuresDirect;
    type WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningFallbackBehaviours = dfns::types::WalletsIncomingTransactionReceivedRuleChainalysisTransactionScreeningFallbackBehaviours;
    type WalletsIncomingTransactionReceivedStatus =
        dfns::types::WalletsIncomingTransactionReceivedStatus;
    type WalletsIncomingTransactionRule = dfns::types::WalletsIncomingTransactionRule;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlerts =
        dfns::types::WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlerts;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlertsAlertLevel =
        dfns::types::WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlertsAlertLevel;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposures =
        dfns::types::WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposures;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposuresDirect =
        dfns::types::WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposuresDirect;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningFallbackBehaviours = dfns::types::WalletsIncomingTransactionRuleChainalysisTransactionScreeningFallbackBehaviours;
    type WalletsListSignaturesLimit = dfns::types::WalletsListSignaturesLimit;
    type WalletsListSignaturesPaginationToken = dfns::types::WalletsListSignaturesPaginationToken;
    type WalletsListSignaturesResponse = dfns::types::WalletsListSignaturesResponse;
    type WalletsListSignaturesResponseItemsItem =
        dfns::types::WalletsListSignaturesResponseItemsItem;
    type WalletsListSignaturesResponseItemsItemRequestBody =
        dfns::types::WalletsListSignaturesResponseItemsItemRequestBody;
    type WalletsListSignaturesResponseItemsItemRequester =
        dfns::types::WalletsListSignaturesResponseItemsItemRequester;
    type WalletsListSignaturesResponseItemsItemSignature =
        dfns::types::WalletsListSignaturesResponseItemsItemSignature;
    type WalletsListSignaturesResponseItemsItemSignaturesItem =
        dfns::types::WalletsListSignaturesResponseItemsItemSignaturesItem;
    type WalletsListSignaturesResponseItemsItemStatus =
        dfns::types::WalletsListSignaturesResponseItemsItemStatus;
    type WalletsListSignaturesWalletId = dfns::types::WalletsListSignaturesWalletId;
    type WalletsSignAction = dfns::types::WalletsSignAction;
    type WalletsSignFilters = dfns::types::WalletsSignFilters;
    type WalletsSignFiltersWalletId = dfns::types::WalletsSignFiltersWalletId;
    type WalletsSignFiltersWalletIdInItem = dfns::types::WalletsSignFiltersWalletIdInItem;
    type WalletsSignFiltersWalletTags = dfns::types::WalletsSignFiltersWalletTags;
    type WalletsSignFiltersWalletTagsHasAllItem =
        dfns::types::WalletsSignFiltersWalletTagsHasAllItem;
    type WalletsSignFiltersWalletTagsHasAnyItem =
        dfns::types::WalletsSignFiltersWalletTagsHasAnyItem;
    type WalletsSignReceivedAction = dfns::types::WalletsSignReceivedAction;
    type WalletsSignReceivedFilters = dfns::types::WalletsSignReceivedFilters;
    type WalletsSignReceivedFiltersWalletId = dfns::types::WalletsSignReceivedFiltersWalletId;
    type WalletsSignReceivedFiltersWalletIdInItem =
        dfns::types::WalletsSignReceivedFiltersWalletIdInItem;
    type WalletsSignReceivedFiltersWalletTags = dfns::types::WalletsSignReceivedFiltersWalletTags;
    type WalletsSignReceivedFiltersWalletTagsHasAllItem =
        dfns::types::WalletsSignReceivedFiltersWalletTagsHasAllItem;
    type WalletsSignReceivedFiltersWalletTagsHasAnyItem =
        dfns::types::WalletsSignReceivedFiltersWalletTagsHasAnyItem;
    type WalletsSignReceivedPendingChangeRequest =
        dfns::types::WalletsSignReceivedPendingChangeRequest;
    type WalletsSignReceivedPendingChangeRequestBody =
        dfns::types::WalletsSignReceivedPendingChangeRequestBody;
    type WalletsSignReceivedPendingChangeRequestKind =
        dfns::types::WalletsSignReceivedPendingChangeRequestKind;
    type WalletsSignReceivedPendingChangeRequestOperationKind =
        dfns::types::WalletsSignReceivedPendingChangeRequestOperationKind;
    type WalletsSignReceivedPendingChangeRequestRequester =
        dfns::types::WalletsSignReceivedPendingChangeRequestRequester;
    type WalletsSignReceivedPendingChangeRequestStatus =
        dfns::types::WalletsSignReceivedPendingChangeRequestStatus;
    type WalletsSignReceivedRule = dfns::types::WalletsSignReceivedRule;
    type WalletsSignReceivedRuleConfiguration = dfns::types::WalletsSignReceivedRuleConfiguration;
    type WalletsSignReceivedRuleConfigurationAddresses =
        dfns::types::WalletsSignReceivedRuleConfigurationAddresses;
    type WalletsSignReceivedRuleConfigurationAlerts =
        dfns::types::WalletsSignReceivedRuleConfigurationAlerts;
    type WalletsSignReceivedRuleConfigurationAlertsAlertLevel =
        dfns::types::WalletsSignReceivedRuleConfigurationAlertsAlertLevel;
    type WalletsSignReceivedRuleConfigurationExposures =
        dfns::types::WalletsSignReceivedRuleConfigurationExposures;
    type WalletsSignReceivedRuleConfigurationExposuresDirect =
        dfns::types::WalletsSignReceivedRuleConfigurationExposuresDirect;
    type WalletsSignReceivedRuleConfigurationFallbackBehaviours =
        dfns::types::WalletsSignReceivedRuleConfigurationFallbackBehaviours;
    type WalletsSignReceivedSignatureRequest = dfns::types::WalletsSignReceivedSignatureRequest;
    type WalletsSignReceivedSignatureRequestRequestBody =
        dfns::types::WalletsSignReceivedSignatureRequestRequestBody;
    type WalletsSignReceivedSignatureRequestRequester =
        dfns::types::WalletsSignReceivedSignatureRequestRequester;
    type WalletsSignReceivedSignatureRequestSignature =
        dfns::types::WalletsSignReceivedSignatureRequestSignature;
    type WalletsSignReceivedSignatureRequestSignaturesItem =
        dfns::types::WalletsSignReceivedSignatureRequestSignaturesItem;
    type WalletsSignReceivedSignatureRequestStatus =
        dfns::types::WalletsSignReceivedSignatureRequestStatus;
    type WalletsSignReceivedStatus = dfns::types::WalletsSignReceivedStatus;
    type WalletsSignReceivedTransactionRequest = dfns::types::WalletsSignReceivedTransactionRequest;
    type WalletsSignReceivedTransactionRequestRequestBody =
        dfns::types::WalletsSignReceivedTransactionRequestRequestBody;
    type WalletsSignReceivedTransactionRequestRequester =
        dfns::types::WalletsSignReceivedTransactionRequestRequester;
    type WalletsSignReceivedTransactionRequestStatus =
        dfns::types::WalletsSignReceivedTransactionRequestStatus;
    type WalletsSignRule = dfns::types::WalletsSignRule;
    type WalletsSignRuleConfiguration = dfns::types::WalletsSignRuleConfiguration;
    type WalletsSignRuleConfigurationAddresses = dfns::types::WalletsSignRuleConfigurationAddresses;
    type WalletsSignRuleConfigurationAlerts = dfns::types::WalletsSignRuleConfigurationAlerts;
    type WalletsSignRuleConfigurationAlertsAlertLevel =
        dfns::types::WalletsSignRuleConfigurationAlertsAlertLevel;
    type WalletsSignRuleConfigurationExposures = dfns::types::WalletsSignRuleConfigurationExposures;
    type WalletsSignRuleConfigurationExposuresDirect =
        dfns::types::WalletsSignRuleConfigurationExposuresDirect;
    type WalletsSignRuleConfigurationFallbackBehaviours =
        dfns::types::WalletsSignRuleConfigurationFallbackBehaviours;
    type X0fnsYieldActionRequest = dfns::types::X0fnsYieldActionRequest;
    type X0fnsYieldActionRequestKind = dfns::types::X0fnsYieldActionRequestKind;
    type X0fnsYieldActionRequestReceivedKind = dfns::types::X0fnsYieldActionRequestReceivedKind;
    type X0fnsYieldRequestReceivedProtocol = dfns::types::X0fnsYieldRequestReceivedProtocol;
    type X0fnsYieldRequestReceivedWalletId = dfns::types::X0fnsYieldRequestReceivedWalletId;
    type X0fnsYieldRequestWalletId = dfns::types::X0fnsYieldRequestWalletId;
    type Yield = dfns::types::Yield;
    type YieldAction = dfns::types::YieldAction;
    type YieldActionId = dfns::types::YieldActionId;
    type YieldActionKind = dfns::types::YieldActionKind;
    type YieldActionRequestBody = dfns::types::YieldActionRequestBody;
    type YieldActionRequester = dfns::types::YieldActionRequester;
    type YieldActionRequesterTokenId = dfns::types::YieldActionRequesterTokenId;
    type YieldActionRequesterUserId = dfns::types::YieldActionRequesterUserId;
    type YieldActionStatus = dfns::types::YieldActionStatus;
    type YieldActionYieldId = dfns::types::YieldActionYieldId;
    type YieldAmount = dfns::types::YieldAmount;
    type YieldId = dfns::types::YieldId;
    type YieldProtocol = dfns::types::YieldProtocol;
    type YieldRewards = dfns::types::YieldRewards;
    type YieldWalletId = dfns::types::YieldWalletId;
    type YourOwnCustomValidatorLedger = dfns::types::YourOwnCustomValidatorLedger;
    type YourOwnCustomValidatorLedgerOauth2 = dfns::types::YourOwnCustomValidatorLedgerOauth2;
    type YourOwnCustomValidatorName = dfns::types::YourOwnCustomValidatorName;
    type YourOwnCustomValidatorValidator = dfns::types::YourOwnCustomValidatorValidator;
    type YourOwnCustomValidatorValidatorOauth2 = dfns::types::YourOwnCustomValidatorValidatorOauth2;
}
mod builders {
    type ActivateCredentialBody = dfns::types::builder::ActivateCredentialBody;
    type AliasModifyReceivedChangeRequestBodyValuesRemoveItem =
        dfns::types::builder::AliasModifyReceivedChangeRequestBodyValuesRemoveItem;
    type AlwaysTrigger = dfns::types::builder::AlwaysTrigger;
    type AlwaysTriggerConfiguration = dfns::types::builder::AlwaysTriggerConfiguration;
    type AssignPermissionBody = dfns::types::builder::AssignPermissionBody;
    type CompleteEndUserRegistrationWithWalletsBody =
        dfns::types::builder::CompleteEndUserRegistrationWithWalletsBody;
    type CompleteEndUserRegistrationWithWalletsBodyWalletsItem =
        dfns::types::builder::CompleteEndUserRegistrationWithWalletsBodyWalletsItem;
    type CompleteSsoLoginBody = dfns::types::builder::CompleteSsoLoginBody;
    type CompleteUserLoginBody = dfns::types::builder::CompleteUserLoginBody;
    type CompleteUserRegistrationBody = dfns::types::builder::CompleteUserRegistrationBody;
    type CreateApprovalDecisionBody = dfns::types::builder::CreateApprovalDecisionBody;
    type CreateCredentialChallengeBody = dfns::types::builder::CreateCredentialChallengeBody;
    type CreateCredentialChallengeWithCodeBody =
        dfns::types::builder::CreateCredentialChallengeWithCodeBody;
    type CreateCredentialCodeBody = dfns::types::builder::CreateCredentialCodeBody;
    type CreateDelegatedRecoveryChallengeBody =
        dfns::types::builder::CreateDelegatedRecoveryChallengeBody;
    type CreateDelegatedRegistrationChallengeBody =
        dfns::types::builder::CreateDelegatedRegistrationChallengeBody;
    type CreateExchangeBody = dfns::types::builder::CreateExchangeBody;
    type CreateExchangeBodyReadConfiguration =
        dfns::types::builder::CreateExchangeBodyReadConfiguration;
    type CreateExchangeBodyWriteConfiguration =
        dfns::types::builder::CreateExchangeBodyWriteConfiguration;
    type CreateFeeSponsorBody = dfns::types::builder::CreateFeeSponsorBody;
    type CreateKeyBody = dfns::types::builder::CreateKeyBody;
    type CreateLoginChallengeBody = dfns::types::builder::CreateLoginChallengeBody;
    type CreatePermissionBody = dfns::types::builder::CreatePermissionBody;
    type CreatePersonalAccessTokenBody = dfns::types::builder::CreatePersonalAccessTokenBody;
    type CreateRecoveryChallengeBody = dfns::types::builder::CreateRecoveryChallengeBody;
    type CreateRegistrationChallengeBody = dfns::types::builder::CreateRegistrationChallengeBody;
    type CreateServiceAccountBody = dfns::types::builder::CreateServiceAccountBody;
    type CreateSocialRegistrationChallengeBody =
        dfns::types::builder::CreateSocialRegistrationChallengeBody;
    type CreateSwapBody = dfns::types::builder::CreateSwapBody;
    type CreateUserActionChallengeBody = dfns::types::builder::CreateUserActionChallengeBody;
    type CreateUserActionSignatureBody = dfns::types::builder::CreateUserActionSignatureBody;
    type CreateUserBody = dfns::types::builder::CreateUserBody;
    type CreateWalletBody = dfns::types::builder::CreateWalletBody;
    type CreateWalletBodySigningKey = dfns::types::builder::CreateWalletBodySigningKey;
    type CreateWebhookBody = dfns::types::builder::CreateWebhookBody;
    type DeactivateCredentialBody = dfns::types::builder::DeactivateCredentialBody;
    type DelegateKeyBody = dfns::types::builder::DelegateKeyBody;
    type DelegateWalletBody = dfns::types::builder::DelegateWalletBody;
    type DelegatedLoginBody = dfns::types::builder::DelegatedLoginBody;
    type DeletePermissionBody = dfns::types::builder::DeletePermissionBody;
    type DeprecatedPasswordCredentialInfo = dfns::types::builder::DeprecatedPasswordCredentialInfo;
    type DeprecatedTotpCredentialInfo = dfns::types::builder::DeprecatedTotpCredentialInfo;
    type DeriveKeyBody = dfns::types::builder::DeriveKeyBody;
    type Eip712TypedDataDomain = dfns::types::builder::Eip712TypedDataDomain;
    type Eip712TypedDataTypesValueItem = dfns::types::builder::Eip712TypedDataTypesValueItem;
    type EvmFungibleTokenErc20 = dfns::types::builder::EvmFungibleTokenErc20;
    type EvmSponsoredTransactionUserOperationsItem =
        dfns::types::builder::EvmSponsoredTransactionUserOperationsItem;
    type ExportKeyBody = dfns::types::builder::ExportKeyBody;
    type ExportKeyBodySupportedSchemesItem =
        dfns::types::builder::ExportKeyBodySupportedSchemesItem;
    type ExportWalletBody = dfns::types::builder::ExportWalletBody;
    type ExportWalletBodySupportedSchemesItem =
        dfns::types::builder::ExportWalletBodySupportedSchemesItem;
    type Fido2PasskeysCredentialAssertion = dfns::types::builder::Fido2PasskeysCredentialAssertion;
    type Fido2PasskeysCredentialInfo = dfns::types::builder::Fido2PasskeysCredentialInfo;
    type ImportKeyBody = dfns::types::builder::ImportKeyBody;
    type ImportKeyBodyEncryptedKeySharesItem =
        dfns::types::builder::ImportKeyBodyEncryptedKeySharesItem;
    type ImportWalletBody = dfns::types::builder::ImportWalletBody;
    type ImportWalletBodyEncryptedKeySharesItem =
        dfns::types::builder::ImportWalletBodyEncryptedKeySharesItem;
    type InitiateSsoLoginBody = dfns::types::builder::InitiateSsoLoginBody;
    type LogoutBody = dfns::types::builder::LogoutBody;
    type PasswordProtectedKeyCredentialAssertion =
        dfns::types::builder::PasswordProtectedKeyCredentialAssertion;
    type PasswordProtectedKeyCredentialInfo =
        dfns::types::builder::PasswordProtectedKeyCredentialInfo;
    type PermissionsAssignFilters = dfns::types::builder::PermissionsAssignFilters;
    type PermissionsAssignFiltersPermissionId =
        dfns::types::builder::PermissionsAssignFiltersPermissionId;
    type PermissionsModifyFilters = dfns::types::builder::PermissionsModifyFilters;
    type PermissionsModifyFiltersPermissionId =
        dfns::types::builder::PermissionsModifyFiltersPermissionId;
    type PoliciesModifyFilters = dfns::types::builder::PoliciesModifyFilters;
    type PoliciesModifyFiltersPolicyId = dfns::types::builder::PoliciesModifyFiltersPolicyId;
    type PublicPrivateKeyPairCredentialAssertion =
        dfns::types::builder::PublicPrivateKeyPairCredentialAssertion;
    type PublicPrivateKeyPairCredentialInfo =
        dfns::types::builder::PublicPrivateKeyPairCredentialInfo;
    type RecoverUserBody = dfns::types::builder::RecoverUserBody;
    type RecoverUserBodyNewCredentials = dfns::types::builder::RecoverUserBodyNewCredentials;
    type RecoverUserBodyRecovery = dfns::types::builder::RecoverUserBodyRecovery;
    type RecoverUserBodyRecoveryCredentialAssertion =
        dfns::types::builder::RecoverUserBodyRecoveryCredentialAssertion;
    type RecoveryKey = dfns::types::builder::RecoveryKey;
    type RecoveryKeyCredentialInfo = dfns::types::builder::RecoveryKeyCredentialInfo;
    type RequestApproval = dfns::types::builder::RequestApproval;
    type RequestApprovalApprovalGroupsItem =
        dfns::types::builder::RequestApprovalApprovalGroupsItem;
    type RequestApprovalApprovalGroupsItemApprovers =
        dfns::types::builder::RequestApprovalApprovalGroupsItemApprovers;
    type RequestApprovalApprovalGroupsItemApproversUserId =
        dfns::types::builder::RequestApprovalApprovalGroupsItemApproversUserId;
    type RequestSwapQuoteBody = dfns::types::builder::RequestSwapQuoteBody;
    type ResendRegistrationCodeBody = dfns::types::builder::ResendRegistrationCodeBody;
    type SendLoginCodeBody = dfns::types::builder::SendLoginCodeBody;
    type SendRecoveryCodeEmailBody = dfns::types::builder::SendRecoveryCodeEmailBody;
    type SocialLoginBody = dfns::types::builder::SocialLoginBody;
    type TagWalletBody = dfns::types::builder::TagWalletBody;
    type TransactionAmountLimitConfiguration =
        dfns::types::builder::TransactionAmountLimitConfiguration;
    type TransactionAmountVelocityConfiguration =
        dfns::types::builder::TransactionAmountVelocityConfiguration;
    type TransactionCountVelocityConfiguration =
        dfns::types::builder::TransactionCountVelocityConfiguration;
    type TransactionRecipientWhitelistConfiguration =
        dfns::types::builder::TransactionRecipientWhitelistConfiguration;
    type TravelRuleTransactionPrescreeningConfiguration =
        dfns::types::builder::TravelRuleTransactionPrescreeningConfiguration;
    type UntagWalletBody = dfns::types::builder::UntagWalletBody;
    type UpdateCantonValidatorBody = dfns::types::builder::UpdateCantonValidatorBody;
    type UpdateCantonValidatorBodyLedger = dfns::types::builder::UpdateCantonValidatorBodyLedger;
    type UpdateCantonValidatorBodyLedgerOauth2 =
        dfns::types::builder::UpdateCantonValidatorBodyLedgerOauth2;
    type UpdateCantonValidatorBodyValidator =
        dfns::types::builder::UpdateCantonValidatorBodyValidator;
    type UpdateCantonValidatorBodyValidatorOauth2 =
        dfns::types::builder::UpdateCantonValidatorBodyValidatorOauth2;
    type UpdateKeyBody = dfns::types::builder::UpdateKeyBody;
    type UpdatePermissionBody = dfns::types::builder::UpdatePermissionBody;
    type UpdatePersonalAccessTokenBody = dfns::types::builder::UpdatePersonalAccessTokenBody;
    type UpdateServiceAccountBody = dfns::types::builder::UpdateServiceAccountBody;
    type UpdateUserBody = dfns::types::builder::UpdateUserBody;
    type UpdateWalletBody = dfns::types::builder::UpdateWalletBody;
    type UpdateWebhookBody = dfns::types::builder::UpdateWebhookBody;
    type WalletsIncomingTransactionFilters =
        dfns::types::builder::WalletsIncomingTransactionFilters;
    type WalletsIncomingTransactionFiltersWalletId =
        dfns::types::builder::WalletsIncomingTransactionFiltersWalletId;
    type WalletsIncomingTransactionFiltersWalletTags =
        dfns::types::builder::WalletsIncomingTransactionFiltersWalletTags;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlerts =
        dfns::types::builder::WalletsIncomingTransactionRuleChainalysisTransactionScreeningAlerts;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposures = dfns::types::builder::WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposures;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposuresDirect = dfns::types::builder::WalletsIncomingTransactionRuleChainalysisTransactionScreeningExposuresDirect;
    type WalletsIncomingTransactionRuleChainalysisTransactionScreeningFallbackBehaviours = dfns::types::builder::WalletsIncomingTransactionRuleChainalysisTransactionScreeningFallbackBehaviours;
    type WalletsSignFilters = dfns::types::builder::WalletsSignFilters;
    type WalletsSignFiltersWalletId = dfns::types::builder::WalletsSignFiltersWalletId;
    type WalletsSignFiltersWalletTags = dfns::types::builder::WalletsSignFiltersWalletTags;
    type WalletsSignRuleConfiguration = dfns::types::builder::WalletsSignRuleConfiguration;
    type WalletsSignRuleConfigurationAddresses =
        dfns::types::builder::WalletsSignRuleConfigurationAddresses;
    type WalletsSignRuleConfigurationAlerts =
        dfns::types::builder::WalletsSignRuleConfigurationAlerts;
    type WalletsSignRuleConfigurationExposures =
        dfns::types::builder::WalletsSignRuleConfigurationExposures;
    type WalletsSignRuleConfigurationExposuresDirect =
        dfns::types::builder::WalletsSignRuleConfigurationExposuresDirect;
    type WalletsSignRuleConfigurationFallbackBehaviours =
        dfns::types::builder::WalletsSignRuleConfigurationFallbackBehaviours;
    type X0fnsYieldActionRequest = dfns::types::builder::X0fnsYieldActionRequest;
    type YourOwnCustomValidatorLedger = dfns::types::builder::YourOwnCustomValidatorLedger;
    type YourOwnCustomValidatorLedgerOauth2 =
        dfns::types::builder::YourOwnCustomValidatorLedgerOauth2;
    type YourOwnCustomValidatorValidator = dfns::types::builder::YourOwnCustomValidatorValidator;
    type YourOwnCustomValidatorValidatorOauth2 =
        dfns::types::builder::YourOwnCustomValidatorValidatorOauth2;
}
