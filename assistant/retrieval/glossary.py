"""Glossaries questions are searched with: English → Vietnamese administrative terms,
for English questions, and everyday Vietnamese → the law's words (``legal_terms``).

The archive is Vietnamese. An English question reaches it through the bundled
e5's cross-lingual sense alone, which is weak on a 4-bit small model, and BM25
cannot match it at all. ``gloss`` turns the question's administrative vocabulary
into Vietnamese terms (longest phrase first: "quality management system" before
"quality") and keeps its numbers, codes and acronyms; search adds the gloss to
the lexical query and blends its embedding into the dense one (``blend``).

The vocabulary is that of provincial reports, plans and decisions (Nghị định
30/2020/NĐ-CP names the document types): document types, bodies, people, and the
topics of administrative reform. Words it does not know are left out of the
gloss; the question itself is still searched as written.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from assistant.citations.normalize import fold as fold_text

_TERMS: dict[str, str] = {
    # Document types (Phụ lục III of Nghị định 30/2020/NĐ-CP) and other texts.
    "decision": "quyết định", "decisions": "quyết định", "plan": "kế hoạch",
    "plans": "kế hoạch", "official letter": "công văn", "official letters": "công văn",
    "letter": "công văn", "letters": "công văn", "dispatch": "công văn",
    "proposal": "tờ trình", "submission": "tờ trình", "report": "báo cáo",
    "reports": "báo cáo", "notice": "thông báo", "announcement": "thông báo",
    "decree": "nghị định", "decrees": "nghị định", "circular": "thông tư",
    "circulars": "thông tư", "directive": "chỉ thị", "directives": "chỉ thị",
    "resolution": "nghị quyết", "resolutions": "nghị quyết", "programme": "chương trình",
    "program": "chương trình", "action programme": "chương trình hành động",
    "action program": "chương trình hành động", "regulation": "quy chế",
    "regulations": "quy chế", "rules": "quy chế", "statute": "điều lệ",
    "guidance": "hướng dẫn", "guidelines": "hướng dẫn", "guide": "hướng dẫn",
    "instructions": "hướng dẫn", "project": "đề án", "scheme": "đề án", "law": "luật",
    "bulletin": "bản tin", "minutes": "biên bản", "contract": "hợp đồng",
    "contracts": "hợp đồng", "catalogue": "danh mục",
    "forms": "biểu mẫu", "template": "biểu mẫu", "annex": "phụ lục",
    "appendix": "phụ lục", "legal documents": "văn bản quy phạm pháp luật",
    "legal normative documents": "văn bản quy phạm pháp luật",
    "normative documents": "văn bản quy phạm pháp luật", "document": "văn bản",
    "documents": "văn bản", "conclusion": "kết luận", "conclusions": "kết luận",
    # Bodies and people.
    "department": "sở", "departments": "sở", "province": "tỉnh", "provincial": "tỉnh",
    "people's committee": "ủy ban nhân dân", "people's council": "hội đồng nhân dân",
    "committee": "ủy ban", "provincial party committee": "tỉnh ủy",
    "party committee": "tỉnh ủy", "government": "chính phủ", "prime minister": "thủ tướng",
    "ministry": "bộ", "ministries": "bộ", "minister": "bộ trưởng",
    "ministry of science and technology": "bộ khoa học và công nghệ",
    "ministry of home affairs": "bộ nội vụ", "department of home affairs": "sở nội vụ",
    "home affairs": "nội vụ", "department of finance": "sở tài chính",
    "department of justice": "sở tư pháp", "department of information and communications":
    "sở thông tin và truyền thông", "science and technology": "khoa học và công nghệ",
    "director": "giám đốc", "deputy director": "phó giám đốc", "chairman": "chủ tịch",
    "chairperson": "chủ tịch", "vice chairman": "phó chủ tịch", "head": "trưởng",
    "division": "phòng", "divisions": "phòng", "office": "văn phòng", "unit": "đơn vị",
    "units": "đơn vị", "agency": "cơ quan", "agencies": "cơ quan",
    "state agencies": "cơ quan hành chính nhà nước",
    "state administrative agencies": "cơ quan hành chính nhà nước",
    "specialised agencies": "cơ quan chuyên môn", "specialized agencies": "cơ quan chuyên môn",
    "centre": "trung tâm", "center": "trung tâm", "sub-department": "chi cục",
    "district": "cấp huyện", "districts": "cấp huyện", "commune": "cấp xã",
    "communes": "cấp xã", "communal": "cấp xã", "civil servants": "công chức",
    "civil servant": "công chức", "public employees": "viên chức",
    "public servants": "công chức viên chức", "officials": "cán bộ", "staff": "công chức",
    "employees": "người lao động", "workers": "người lao động", "leaders": "lãnh đạo",
    "leadership": "lãnh đạo quản lý", "managers": "lãnh đạo quản lý",
    "public service units": "đơn vị sự nghiệp công lập",
    "public service providers": "đơn vị sự nghiệp công lập",
    "public science organizations": "tổ chức khoa học và công nghệ công lập",
    "public science organisations": "tổ chức khoa học và công nghệ công lập",
    "organisation": "tổ chức", "organization": "tổ chức", "organisations": "tổ chức",
    "organizations": "tổ chức", "company": "công ty", "enterprise": "doanh nghiệp",
    "enterprises": "doanh nghiệp", "business": "doanh nghiệp", "businesses": "doanh nghiệp",
    "citizens": "công dân", "citizen": "công dân", "people": "người dân",
    "certification": "chứng nhận", "certification body": "tổ chức chứng nhận",
    "consultant": "tư vấn", "consulting": "tư vấn", "institute": "viện",
    "inspection team": "đoàn kiểm tra", "working group": "tổ công tác",
    "steering committee": "ban chỉ đạo", "steering committees": "ban chỉ đạo",
    "council": "hội đồng",
    # Administrative reform and its topics.
    "administrative reform": "cải cách hành chính", "reform": "cải cách",
    "administrative": "hành chính", "administrative procedures": "thủ tục hành chính",
    "administrative procedure": "thủ tục hành chính", "procedures": "thủ tục",
    "procedure": "thủ tục", "internal procedures": "quy trình nội bộ",
    "internal procedure": "quy trình nội bộ",
    "internal process": "quy trình nội bộ", "process": "quy trình", "workflow": "quy trình",
    "dossiers": "hồ sơ", "dossier": "hồ sơ", "applications": "hồ sơ", "files": "hồ sơ",
    "online": "trực tuyến", "public services": "dịch vụ công",
    "online submission": "nộp trực tuyến", "online submissions": "hồ sơ nộp trực tuyến",
    "online-submission": "nộp trực tuyến",
    "submitted online": "nộp trực tuyến",
    "online public services": "dịch vụ công trực tuyến", "received": "tiếp nhận",
    "receive": "tiếp nhận", "reception": "tiếp nhận", "results": "kết quả",
    "result": "kết quả", "one-stop": "một cửa", "one stop": "một cửa", "desk": "bộ phận",
    "on time": "đúng hạn", "overdue": "quá hạn",
    "trade fair": "hội chợ", "trade fairs": "hội chợ", "hotline": "đường dây nóng",
    "inspection": "kiểm tra", "inspections": "kiểm tra", "inspected": "kiểm tra",
    "inspect": "kiểm tra", "checking": "kiểm tra", "check": "kiểm tra", "audit": "kiểm toán",
    "supervision": "giám sát", "monitoring": "theo dõi", "concluded": "kết luận",
    "shortcomings": "tồn tại hạn chế", "weaknesses": "tồn tại hạn chế",
    "limitations": "hạn chế", "fix": "khắc phục", "remedy": "khắc phục",
    "quality management system": "hệ thống quản lý chất lượng",
    "quality management systems": "hệ thống quản lý chất lượng",
    "quality systems": "hệ thống quản lý chất lượng",
    "quality system": "hệ thống quản lý chất lượng", "quality": "chất lượng",
    "productivity": "năng suất", "standards": "tiêu chuẩn", "standard": "tiêu chuẩn",
    "metrology": "đo lường", "converted": "chuyển đổi", "conversion": "chuyển đổi",
    "convert": "chuyển đổi", "apply": "áp dụng", "applied": "áp dụng",
    "application": "ứng dụng", "functions": "chức năng", "tasks": "nhiệm vụ",
    "duties": "nhiệm vụ", "powers": "quyền hạn", "structure": "cơ cấu tổ chức",
    "organisational structure": "cơ cấu tổ chức", "organizational structure": "cơ cấu tổ chức",
    "apparatus": "bộ máy", "reorganized": "sắp xếp", "reorganised": "sắp xếp",
    "reorganize": "sắp xếp", "reorganise": "sắp xếp", "reorganization": "sắp xếp",
    "reorganisation": "sắp xếp", "restructuring": "sắp xếp", "restructure": "sắp xếp",
    "restructured": "sắp xếp", "restructures": "sắp xếp", "merger": "sáp nhập",
    "merged": "sáp nhập", "consolidate": "kiện toàn", "consolidated": "kiện toàn",
    "strengthen": "kiện toàn", "staffing": "biên chế", "positions": "biên chế",
    "headcount": "biên chế", "payroll": "biên chế", "job positions": "vị trí việc làm",
    "job position": "vị trí việc làm", "competency framework": "khung năng lực",
    "training": "đào tạo bồi dưỡng", "trained": "đào tạo bồi dưỡng",
    "course": "lớp", "courses": "lớp", "class": "lớp", "recruitment": "tuyển dụng",
    "resigned": "thôi việc", "resignation": "thôi việc", "dismissal": "miễn nhiệm",
    "dismiss": "miễn nhiệm", "appointment": "bổ nhiệm", "appointed": "bổ nhiệm",
    "self-governance": "tự chủ", "autonomy": "tự chủ", "self-financing": "tự chủ",
    "self-reliance": "tự chủ", "recurrent spending": "chi thường xuyên",
    "recurrent expenditure": "chi thường xuyên", "spending": "chi", "expenditure": "chi",
    "budget": "kinh phí", "funding": "kinh phí", "funds": "kinh phí",
    "public finance": "tài chính công", "finance": "tài chính", "financial": "tài chính",
    "assets": "tài sản", "public assets": "tài sản công", "internal spending": "chi tiêu nội bộ",
    "lump-sum": "khoán chi", "lump sum": "khoán chi", "complaints": "phản ánh",
    "complaint": "khiếu nại", "denunciations": "tố cáo", "petitions": "kiến nghị",
    "feedback": "phản ánh", "recommendations": "kiến nghị", "recommendation": "kiến nghị",
    "proposals": "đề xuất", "propose": "đề xuất", "proposed": "đề xuất",
    "difficulties": "khó khăn vướng mắc", "obstacles": "khó khăn vướng mắc",
    "problems": "khó khăn vướng mắc", "direction": "phương hướng",
    "orientation": "phương hướng", "e-government": "chính quyền điện tử",
    "electronic government": "chính quyền điện tử", "digital government": "chính quyền số",
    "digital transformation": "chuyển đổi số", "digital": "số", "electronic": "điện tử",
    "go digital": "chuyển đổi số", "going digital": "chuyển đổi số", "paperless": "không giấy",
    "digitise": "số hóa", "digitize": "số hóa", "digitised": "số hóa", "digitized": "số hóa",
    "digitisation": "số hóa", "digitization": "số hóa", "organised": "tổ chức",
    "organized": "tổ chức", "organise": "tổ chức", "organize": "tổ chức",
    "information technology": "công nghệ thông tin",
    "information security": "an toàn thông tin", "cybersecurity": "an toàn thông tin mạng",
    "network": "mạng", "incident": "sự cố", "incidents": "sự cố",
    "digital certificate": "chứng thư số", "digital certificates": "chứng thư số",
    "digital signature": "chữ ký số", "software": "phần mềm", "website": "trang thông tin điện tử",
    "portal": "cổng thông tin", "judicial": "tư pháp", "experts": "giám định viên",
    "expert": "giám định viên", "appraisal": "giám định", "assessment": "giám định",
    "review": "rà soát", "reviewed": "rà soát", "systematize": "hệ thống hóa",
    "systematise": "hệ thống hóa", "satisfaction": "hài lòng", "index": "chỉ số",
    "evaluation": "đánh giá", "evaluate": "đánh giá", "assess": "đánh giá",
    "scoring": "chấm điểm", "ranking": "xếp loại", "classification": "xếp loại",
    "decentralisation": "phân cấp", "decentralization": "phân cấp",
    "decentralised": "phân cấp", "decentralized": "phân cấp", "delegation": "ủy quyền",
    "delegate": "ủy quyền", "authorise": "ủy quyền", "authorize": "ủy quyền",
    "approve": "phê duyệt", "approval": "phê duyệt", "approved": "phê duyệt",
    "propaganda": "tuyên truyền", "communication": "tuyên truyền", "publicity": "tuyên truyền",
    "disseminate": "phổ biến", "contest": "cuộc thi", "competition": "cuộc thi",
    "emulation": "thi đua", "rewards": "khen thưởng", "disease": "dịch bệnh",
    "pandemic": "dịch bệnh", "epidemic": "dịch bệnh", "prevention": "phòng chống",
    "framework documents": "bộ tài liệu khung", "handbook": "sổ tay", "manual": "sổ tay",
    "operating": "vận hành", "operation": "vận hành", "maintain": "duy trì",
    "working": "làm việc", "working methods": "lề lối làm việc", "discipline": "kỷ luật",
    "comment": "góp ý", "commented": "góp ý", "comments": "góp ý",
    "amended": "sửa đổi bổ sung", "amend": "sửa đổi bổ sung", "amendment": "sửa đổi bổ sung",
    "amending": "sửa đổi bổ sung", "issued": "ban hành", "issue": "ban hành",
    "promulgated": "ban hành", "established": "thành lập", "establish": "thành lập",
    "dissolved": "giải thể", "announced": "công bố", "publish": "công bố",
    "published": "công khai", "publicly": "công khai", "posted": "niêm yết",
    "simplify": "đơn giản hóa", "simplification": "đơn giản hóa",
    "implementation": "triển khai thực hiện", "implement": "triển khai thực hiện",
    "implemented": "triển khai thực hiện", "coordinate": "phối hợp",
    "coordination": "phối hợp", "advise": "tham mưu", "advised": "tham mưu",
    "land": "đất đai", "land registration": "đăng ký đất đai", "health": "y tế",
    "education": "giáo dục", "tax": "thuế", "investment": "đầu tư", "planning": "quy hoạch",
    "environment": "môi trường", "natural resources": "tài nguyên",
    "agriculture": "nông nghiệp", "transport": "giao thông vận tải",
    "construction": "xây dựng", "labour": "lao động", "labor": "lao động",
    "social insurance": "bảo hiểm xã hội", "statistics": "thống kê", "archives": "lưu trữ",
    # Ethnic affairs and religion (a Sở Dân tộc và Tôn giáo's own work).
    "ethnic minority": "dân tộc thiểu số", "ethnic minorities": "dân tộc thiểu số",
    "ethnic": "dân tộc", "religion": "tôn giáo", "religious": "tôn giáo",
    "belief": "tín ngưỡng", "beliefs": "tín ngưỡng", "festival": "lễ hội",
    "festivals": "lễ hội", "belief establishments": "cơ sở tín ngưỡng",
    "places of worship": "cơ sở tín ngưỡng, tôn giáo", "pagoda": "chùa", "church": "nhà thờ",
    "people of prestige": "người có uy tín", "prestigious people": "người có uy tín",
    "village elders": "già làng",
    # Reporting language: goals, progress, outcomes.
    "goals": "mục tiêu", "objectives": "mục tiêu", "targets": "chỉ tiêu", "target": "chỉ tiêu",
    "achievements": "kết quả đạt được", "outcomes": "kết quả", "completed": "hoàn thành",
    "completion": "hoàn thành", "progress": "tiến độ", "deadline": "thời hạn",
    "schedule": "tiến độ", "solutions": "giải pháp", "measures": "giải pháp",
    "priorities": "nhiệm vụ trọng tâm", "key tasks": "nhiệm vụ trọng tâm",
    "next year": "năm tới", "norms": "định mức", "quota": "định mức biên chế",
    "quotas": "định mức biên chế", "lower levels": "cấp dưới", "lower level": "cấp dưới",
    "handed down": "phân cấp", "hand down": "phân cấp", "combine": "gắn",
    "combined": "gắn", "linked": "gắn", "inspectors": "kiểm tra viên",
    "newsletter": "bản tin", "innovation": "đổi mới sáng tạo", "articles": "bài viết",
    "article": "điều", "clause": "khoản", "point": "điểm", "chapter": "chương",
    "meeting": "cuộc họp", "meetings": "cuộc họp", "conference": "hội nghị",
    "workshop": "hội thảo", "survey": "khảo sát", "questionnaire": "phiếu khảo sát",
    "model": "mô hình", "pilot": "thí điểm", "handling": "giải quyết", "handled": "giải quyết",
    "settled": "giải quyết", "processing": "giải quyết", "postal": "bưu chính",
    "in person": "trực tiếp", "directly": "trực tiếp", "paper": "hồ sơ giấy",
    "headquarters": "trụ sở", "premises": "trụ sở", "facilities": "cơ sở vật chất",
    "equipment": "trang thiết bị", "personnel": "nhân sự", "human resources": "nhân lực",
    "capacity": "năng lực", "competence": "năng lực", "ethics": "đạo đức công vụ",
    "culture": "văn hóa công sở", "attitude": "thái độ", "accountability": "trách nhiệm",
    "responsibility": "trách nhiệm", "transparency": "công khai minh bạch",
    "anti-corruption": "phòng chống tham nhũng", "corruption": "tham nhũng",
    "thrift": "thực hành tiết kiệm", "waste": "lãng phí", "smoking": "thuốc lá",
    "women": "phụ nữ", "mass mobilisation": "dân vận", "mass mobilization": "dân vận",
    "science": "khoa học", "technology": "công nghệ", "technical": "kỹ thuật",
    "research": "nghiên cứu", "tasks of science": "nhiệm vụ khoa học và công nghệ",
    "period": "kỳ", "quarter": "quý", "year": "năm", "annual": "hằng năm",
    "how many": "số lượng", "number of": "số lượng",
    # Figures of a report: rates, counts, what was posted, signed, saved.
    "rate": "tỷ lệ", "rates": "tỷ lệ", "percentage": "tỷ lệ", "percent": "tỷ lệ",
    "proportion": "tỷ lệ", "share of": "tỷ lệ",
    # fees paid online: the online payment of fees and charges, not online filing
    "paid online": "thanh toán trực tuyến", "pay online": "thanh toán trực tuyến",
    "online payment": "thanh toán trực tuyến", "online payments": "thanh toán trực tuyến",
    "fees": "phí, lệ phí", "fee": "phí, lệ phí", "charges": "phí, lệ phí",
    "news": "tin, bài", "news items": "tin, bài",
    "news articles": "tin, bài", "stories": "tin, bài", "online applications": "hồ sơ trực tuyến",
    "online application": "hồ sơ trực tuyến", "fully online": "trực tuyến toàn trình",
    "end-to-end": "toàn trình", "end to end": "toàn trình", "late": "trễ hạn",
    "on-time": "đúng hạn", "savings": "tiết kiệm", "saved": "tiết kiệm",
    "digitally signed": "ký số", "signed digitally": "ký số", "achieved": "đạt",
    "reached": "đạt",
    # Staff's work and the one-stop office's, as a list question names its subject.
    "rating": "đánh giá, xếp loại", "ratings": "đánh giá, xếp loại",
    "rated": "đánh giá, xếp loại", "monthly": "hằng tháng", "every month": "hằng tháng",
    "quarterly": "hằng quý", "every quarter": "hằng quý", "weekly": "hằng tuần",
    "camera": "camera giám sát", "cameras": "camera giám sát", "counter": "quầy",
    "counters": "quầy", "service centre": "trung tâm phục vụ hành chính công",
    "service center": "trung tâm phục vụ hành chính công", "outgoing": "văn bản đi",
    "incoming": "văn bản đến", "seal": "con dấu", "seals": "con dấu", "stamp": "con dấu",
    "hand over": "bàn giao", "handing over": "bàn giao", "handover": "bàn giao",
    "apology": "xin lỗi", "apologise": "xin lỗi", "apologize": "xin lỗi",
    # The reform's things as an English-speaking adviser names them.
    "par": "cải cách hành chính", "public administration reform": "cải cách hành chính",
    "par index": "chỉ số cải cách hành chính",
    "administrative reform index": "chỉ số cải cách hành chính",
    "civil service": "công vụ", "single window": "một cửa", "awareness": "tuyên truyền",
    "awareness-raising": "tuyên truyền", "dissemination": "tuyên truyền",
    "working regulations": "quy chế làm việc", "working rules": "quy chế làm việc",
    "rules of procedure": "quy chế làm việc", "financial autonomy": "tự chủ tài chính",
    "e-office": "quản lý văn bản và điều hành", "self-inspection": "tự kiểm tra",
    "self-assessment": "tự đánh giá", "public service portal": "cổng dịch vụ công",
    "sipas": "chỉ số hài lòng", "criminal record": "lý lịch tư pháp",
    "criminal records": "lý lịch tư pháp",
    "internal spending rules": "quy chế chi tiêu nội bộ",
    "spending rules": "quy chế chi tiêu nội bộ", "internal expenditure": "chi tiêu nội bộ",
    "budget estimate": "dự toán", "estimate": "dự toán",
    # The sectors' own procedures, as a department's English-speaking staff name them.
    "licence": "giấy phép", "licences": "giấy phép", "license": "giấy phép",
    "licenses": "giấy phép", "licensing": "cấp phép", "permit": "giấy phép",
    "permits": "giấy phép", "certificate": "chứng chỉ", "certificates": "chứng chỉ",
    "medical practice": "hành nghề khám bệnh, chữa bệnh",
    "medical examination and treatment": "khám bệnh, chữa bệnh",
    "medical": "y tế", "practice": "hành nghề", "practitioners": "người hành nghề",
    "hospital": "bệnh viện", "hospitals": "bệnh viện", "clinic": "phòng khám",
    "clinics": "phòng khám", "pharmacy": "dược", "pharmacies": "nhà thuốc",
    "medicine": "thuốc", "medicines": "thuốc", "vaccination": "tiêm chủng",
    "immunisation": "tiêm chủng", "immunization": "tiêm chủng", "food safety": "an toàn thực phẩm",
    "health insurance": "bảo hiểm y tế", "school": "trường", "schools": "trường học",
    "teachers": "giáo viên", "pupils": "học sinh", "students": "học sinh",
    "enrolment": "tuyển sinh", "enrollment": "tuyển sinh", "exam": "kỳ thi", "exams": "kỳ thi",
    "diplomas": "văn bằng", "diploma": "văn bằng", "tourism": "du lịch",
    # the office's things in staff's English (as ``_base_forms`` leaves them)
    "what its divisions do": "chức năng nhiệm vụ các phòng",
    "what the divisions do": "chức năng nhiệm vụ các phòng",
    "duties of its divisions": "chức năng nhiệm vụ các phòng",
    "staff into their post": "vị trí việc làm", "staff into post": "vị trí việc làm",
    "reshuffle": "kiện toàn", "reshuffled": "kiện toàn",
    "reshaping": "sắp xếp", "reshape": "sắp xếp", "review meeting": "hội nghị sơ kết",
    "conclude": "kết luận", "list of procedures": "danh mục thủ tục hành chính",
    "starting companies": "thành lập doanh nghiệp", "starting a company": "thành lập doanh nghiệp",
    "investing": "đầu tư",
    # foreign affairs, a department's sector
    "foreign affairs": "đối ngoại", "external relations": "đối ngoại",
    "department of foreign affairs": "sở ngoại vụ", "foreign affairs department": "sở ngoại vụ",
    # (a plural is read as its singular first: "delegations" → "delegation")
    "delegation going abroad": "đoàn ra", "outgoing delegation": "đoàn ra",
    "delegation abroad": "đoàn ra", "incoming delegation": "đoàn vào",
    "visiting delegation": "đoàn vào", "foreign delegation": "đoàn vào",
    "delegation visiting": "đoàn vào",
    "international conference": "hội nghị hội thảo quốc tế",
    "international conferences": "hội nghị hội thảo quốc tế",
    "international workshop": "hội thảo quốc tế", "international workshops": "hội thảo quốc tế",
    "non-governmental organisations": "tổ chức phi chính phủ",
    "non-governmental organizations": "tổ chức phi chính phủ", "ngos": "tổ chức phi chính phủ",
    "overseas vietnamese": "người việt nam ở nước ngoài", "passports": "hộ chiếu",
    "passport": "hộ chiếu", "consular": "lãnh sự", "border": "biên giới",
    "border markers": "mốc quốc giới",
    "travel businesses": "doanh nghiệp lữ hành", "travel agencies": "doanh nghiệp lữ hành",
    "tour operators": "doanh nghiệp lữ hành",
    "sports": "thể thao", "business registration": "đăng ký kinh doanh",
    "building permit": "giấy phép xây dựng", "building permits": "giấy phép xây dựng",
    "driving licence": "giấy phép lái xe", "driving licences": "giấy phép lái xe",
    "driving license": "giấy phép lái xe", "work permit": "giấy phép lao động",
    "work permits": "giấy phép lao động", "notary": "công chứng", "notarisation": "công chứng",
    "notarization": "công chứng", "civil status": "hộ tịch", "civil registration": "hộ tịch",
    "social protection": "bảo trợ xã hội", "forestry": "lâm nghiệp", "fisheries": "thủy sản",
    "suspended": "tạm dừng", "suspension": "tạm dừng", "suspend": "tạm dừng",
    "resumed": "tiếp tục thực hiện", "lifted": "tiếp tục thực hiện",
    "extended": "gia hạn", "extension": "gia hạn", "corrected": "đính chính",
    "correction": "đính chính",
    # A Sở Nội vụ's fields (lĩnh vực) of procedures.
    "youth": "thanh niên", "young people": "thanh niên", "clerical work": "văn thư",
    "records management": "văn thư lưu trữ", "archiving": "lưu trữ", "archival": "lưu trữ",
    "emulation and reward": "thi đua khen thưởng", "emulation and rewards": "thi đua khen thưởng",
    "emulation-and-reward": "thi đua khen thưởng", "awards": "khen thưởng",
    "commendation": "khen thưởng", "commendations": "khen thưởng",
    "local government": "chính quyền địa phương", "religious affairs": "tôn giáo",
    "organisation and staffing": "tổ chức biên chế",
    "organization and staffing": "tổ chức biên chế",
    "field": "lĩnh vực", "fields": "lĩnh vực", "sector": "lĩnh vực",
}
_TERM_RE = re.compile(
    r"(?<![\w'])("
    + "|".join(re.escape(t) for t in sorted(_TERMS, key=len, reverse=True))
    + r")(?![\w'])"
)
# Kept as written: anything with a digit (1753/QĐ-UBND, 9001:2015, 2021), and acronyms
# (ISO, UBND, WCERT).
_KEPT_RE = re.compile(r"[^\s,;?!()\"“”]*\d[^\s,;?!()\"“”]*|\b[A-ZĐ][A-ZĐ&]+\b")


_WORD_RE = re.compile(r"[a-z]+")


# Every word of the glossary's terms: "signatures" is "signature" of "digital signature".
_WORDS = frozenset(w for term in _TERMS for w in term.split())


def _base_form(word: str) -> str:
    """An English word the glossary lacks, as the form it holds: "inspecting" → "inspect",
    "issuing" → "issue", "reviewed" → "review", "reorganises" → "reorganise", "signatures"
    → "signature" (of "digital signature")."""
    if word in _TERMS or len(word) < 5:
        return word
    stems = []
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]]
    if word.endswith("es"):
        stems += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        stems.append(word[:-1])
    held = next((stem for stem in stems if stem in _TERMS), None)
    if held is not None or word in _WORDS:
        return held or word
    return next((stem for stem in stems if stem in _WORDS), word)


def _base_forms(text: str) -> str:
    return _WORD_RE.sub(lambda m: _base_form(m.group()), text)


def gloss(question: str, sep: str = " ") -> str:
    """The Vietnamese terms of an English ``question``, or ``""`` if it has none.

    Example: ``gloss("Which plan covered quality management systems in 2021?")`` →
    ``"kế hoạch hệ thống quản lý chất lượng 2021"``. Read for phrases, the terms are kept
    apart (``sep`` "; "): "communication plans on administrative reform" glosses to
    "tuyên truyền", "kế hoạch", "cải cách hành chính", which side by side would read as
    "kế hoạch cải cách hành chính", the reform's yearly plan.
    """
    terms = [_TERMS[m.group(1)] for m in _TERM_RE.finditer(_base_forms(question.lower()))]
    if not terms:
        return ""
    kept = [m.group(0).rstrip(".") for m in _KEPT_RE.finditer(question)]
    return sep.join(dict.fromkeys(terms + kept))


def glossed_terms(question: str) -> list[str]:
    """The Vietnamese terms of an English ``question``, in its order, each once."""
    terms = [_TERMS[m.group(1)] for m in _TERM_RE.finditer(_base_forms(question.lower()))]
    return list(dict.fromkeys(terms))


def blend(question: np.ndarray, glossed: np.ndarray, weight: float = 1.0) -> np.ndarray:
    """The vector a glossed question is matched with: its own sense plus ``weight`` times
    its terms', unit length. An English question's Vietnamese gloss counts in equal parts:
    with it here and in BM25, our 34 English tuning questions go from MRR@10 0.65 to 0.90
    (weights from 0.3 to 0.7 score alike); a Vietnamese question's legal terms count
    ``LEGAL_WEIGHT``."""
    v = np.asarray(question, dtype=np.float32) + weight * np.asarray(glossed, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


# Everyday Vietnamese → the words laws use, for Vietnamese questions put as a citizen or a
# clerk would ("bỏ nhau" for "ly hôn", "hộ khẩu" for "thường trú"). Written from general
# legal usage (Bộ luật Dân sự, Luật Hôn nhân và gia đình, Luật Cư trú, labour and civil
# service, education, procedure), never from a question of a held-out set; BM25 searches
# the terms beside the question and the dense side blends their vector in at
# ``LEGAL_WEIGHT`` (chosen by CV, bench/paraphrase_cv.py; issue 13, bench/data/README.md).
LEGAL_WEIGHT = 0.3
_EVERYDAY: dict[str, str] = {
    # Family and marriage.
    "bỏ nhau": "ly hôn", "ly dị": "ly hôn", "cưới xin": "kết hôn", "cưới nhau": "kết hôn",
    "lấy vợ": "kết hôn", "lấy chồng": "kết hôn", "đám cưới": "kết hôn",
    "sống thử": "chung sống như vợ chồng", "bố mẹ": "cha mẹ", "bố dượng": "cha dượng",
    "tiền nuôi con": "cấp dưỡng", "nuôi con": "nuôi dưỡng con", "trợ cấp nuôi": "cấp dưỡng",
    "của chung": "tài sản chung", "của cải chung": "tài sản chung",
    "của riêng": "tài sản riêng", "của cải": "tài sản", "gia tài": "di sản thừa kế",
    "của để lại": "di sản thừa kế", "chia gia tài": "chia di sản thừa kế",
    "hưởng gia tài": "hưởng thừa kế", "qua đời": "chết", "đã mất": "chết",
    "sổ đỏ": "giấy chứng nhận quyền sử dụng đất", "sổ hồng": "giấy chứng nhận quyền sở hữu",
    "đứng tên": "ghi tên", "giữ hộ": "quản lý", "trông nom": "chăm sóc giám hộ",
    # Age and capacity.
    "người lớn": "người thành niên", "đã trưởng thành": "người thành niên",
    "trẻ vị thành niên": "người chưa thành niên", "đứa trẻ": "trẻ em người chưa thành niên",
    "trẻ con": "trẻ em người chưa thành niên", "con nhỏ": "con chưa thành niên",
    "tâm thần": "mất năng lực hành vi dân sự", "mất trí": "mất năng lực hành vi dân sự",
    "người già": "người cao tuổi",
    # Civil dealings and damage.
    "đền tiền": "bồi thường thiệt hại", "đền bù": "bồi thường thiệt hại",
    "phải đền": "bồi thường thiệt hại", "làm hỏng": "thiệt hại hư hỏng",
    "vay tiền": "vay tài sản", "cho vay": "vay tài sản", "tiền lãi": "lãi suất",
    "mượn": "mượn tài sản", "cho mượn": "mượn tài sản", "thuê nhà": "thuê tài sản nhà ở",
    "quỵt nợ": "vi phạm nghĩa vụ trả nợ", "lừa": "lừa dối", "lừa đảo": "lừa dối",
    "dọa": "đe dọa", "dọa dẫm": "đe dọa", "ép buộc": "cưỡng ép", "bị ép": "cưỡng ép",
    "làm giả": "giả mạo gian lận", "nhặt được": "tài sản bị đánh rơi bỏ quên",
    "hàng xóm": "bất động sản liền kề", "nhờ người khác": "ủy quyền đại diện",
    "làm thay": "đại diện ủy quyền",
    # Residence.
    "hộ khẩu": "thường trú", "nhập hộ khẩu": "đăng ký thường trú",
    "chuyển hộ khẩu": "đăng ký thường trú", "cắt hộ khẩu": "xóa đăng ký thường trú",
    "xóa hộ khẩu": "xóa đăng ký thường trú", "ở trọ": "tạm trú", "thuê trọ": "tạm trú",
    "phòng trọ": "tạm trú", "khai báo ở lại": "đăng ký tạm trú", "ở nhờ": "cho ở nhờ",
    "nơi ở": "chỗ ở nơi cư trú", "đi vắng": "tạm vắng", "công an phường": "công an cấp xã",
    "công an xã": "công an cấp xã",
    # Work, pay and the civil service.
    "đuổi việc": "chấm dứt hợp đồng sa thải", "cho nghỉ việc": "chấm dứt hợp đồng thôi việc",
    "nghỉ việc": "thôi việc", "xin nghỉ": "thôi việc", "tăng lương": "nâng lương",
    "lên lương": "nâng lương", "nghỉ đẻ": "nghỉ thai sản", "nghỉ sinh": "nghỉ thai sản",
    "bị ốm": "ốm đau", "ốm": "ốm đau", "xếp loại": "đánh giá phân loại",
    "người làm nhà nước": "cán bộ công chức viên chức",
    "nhân viên nhà nước": "cán bộ công chức viên chức",
    "trường công": "đơn vị sự nghiệp công lập", "bệnh viện công": "đơn vị sự nghiệp công lập",
    "nâng cao trình độ": "đào tạo bồi dưỡng", "đi học thêm": "đào tạo bồi dưỡng",
    "điều chuyển": "điều động biệt phái", "cử sang": "biệt phái cử đi",
    "khen": "khen thưởng", "thành tích": "thành tích khen thưởng",
    # Complaints, courts and disputes.
    "kêu lên": "khiếu nại", "thắc mắc": "khiếu nại", "tố giác": "tố cáo",
    "đi kiện": "khởi kiện", "kiện ra tòa": "khởi kiện tòa án", "ra tòa": "tòa án",
    "người đi kiện": "nguyên đơn", "bị kiện": "bị đơn", "chống án": "kháng cáo",
    "xích mích": "tranh chấp", "tranh cãi": "tranh chấp", "bất đồng": "tranh chấp",
    "giành nhau": "tranh chấp", "tranh giành": "tranh chấp", "phân xử": "giải quyết tranh chấp",
    "phong tỏa": "kê biên phong tỏa biện pháp khẩn cấp tạm thời",
    "kiện chính quyền": "khởi kiện quyết định hành chính",
    "kiện ủy ban": "khởi kiện quyết định hành chính",
    # Permits, penalties and procedure.
    "tiền phạt": "phạt tiền",
    "tước giấy phép": "thu hồi giấy phép", "rút giấy phép": "thu hồi giấy phép",
    "xin phép": "cấp giấy phép", "làm giấy tờ": "lập hồ sơ", "làm thủ tục": "hồ sơ thủ tục",
    "giấy tờ": "hồ sơ giấy tờ", "mấy ngày": "thời hạn ngày làm việc",
    "tạm ngừng": "đình chỉ tạm đình chỉ", "tạm dừng": "đình chỉ tạm đình chỉ",
    "chính quyền": "ủy ban nhân dân cơ quan nhà nước",
    # Drugs.
    "nghiện hút": "nghiện ma túy", "hàng trắng": "ma túy", "chất cấm": "chất ma túy",
    "trại cai": "cơ sở cai nghiện", "bỏ nghiện": "cai nghiện ma túy",
    "thử nước tiểu": "xét nghiệm chất ma túy", "chơi ma túy": "sử dụng trái phép chất ma túy",
    # Schools.
    "mẫu giáo": "giáo dục mầm non", "nhà trẻ": "giáo dục mầm non", "cấp một": "tiểu học",
    "cấp hai": "trung học cơ sở", "cấp ba": "trung học phổ thông", "thầy cô": "nhà giáo",
    "thầy giáo": "nhà giáo", "cô giáo": "nhà giáo", "giáo viên": "nhà giáo",
    "trường tư": "cơ sở giáo dục tư thục", "sách học": "sách giáo khoa",
    "đuổi học": "buộc thôi học kỷ luật", "mở trường": "thành lập nhà trường",
    "cấp bằng": "cấp văn bằng", "học vừa làm": "giáo dục thường xuyên",
    # Film, travel, business.
    "chiếu phim": "phổ biến phim", "cho chiếu": "phổ biến phim", "làm phim": "sản xuất phim",
    "hãng phim": "cơ sở điện ảnh", "lên mạng": "không gian mạng",
    "trên mạng": "không gian mạng", "trực tuyến": "không gian mạng",
    "mạng xã hội": "không gian mạng", "tin giả": "thông tin sai sự thật",
    "nói xấu": "xúc phạm danh dự uy tín", "tin tặc": "tấn công mạng",
    "đi chơi": "du lịch", "tham quan": "du lịch tham quan", "tour": "chương trình du lịch lữ hành",
    "công ty du lịch": "doanh nghiệp kinh doanh dịch vụ lữ hành",
    "người dẫn khách": "hướng dẫn viên du lịch", "khách sạn": "cơ sở lưu trú du lịch",
    "nhà nghỉ": "cơ sở lưu trú du lịch", "homestay": "cơ sở lưu trú du lịch",
    "khu nghỉ dưỡng": "khu du lịch cơ sở lưu trú", "nhà xe": "kinh doanh vận tải khách",
    "làm ăn": "kinh doanh", "buôn bán": "kinh doanh thương mại",
    "mở công ty": "thành lập doanh nghiệp",
    # Environment, farming.
    "xả rác": "chất thải", "vứt rác": "chất thải rắn", "rác": "chất thải",
    "khói bụi": "khí thải bụi", "thuốc trừ sâu": "thuốc bảo vệ thực vật",
    "nuôi lợn": "chăn nuôi", "nuôi heo": "chăn nuôi", "nuôi gà": "chăn nuôi",
    "lò mổ": "giết mổ", "hạt giống": "giống cây trồng",
    "xin thông tin": "yêu cầu cung cấp thông tin", "đi bầu": "bầu cử",
}
_EVERYDAY_RE = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(t) for t in sorted(_EVERYDAY, key=len, reverse=True))
    + r")(?!\w)"
)


def legal_terms(question: str) -> str:
    """The law's words for the everyday phrases of a Vietnamese ``question``, or ``""``.

    Example: ``legal_terms("Vợ chồng bỏ nhau thì chia của chung thế nào?")`` →
    ``"ly hôn tài sản chung"``. Longest phrase first ("nhập hộ khẩu" before "hộ khẩu").
    """
    text = unicodedata.normalize("NFC", question).lower()
    terms = [_EVERYDAY[m.group(1)] for m in _EVERYDAY_RE.finditer(text)]
    return " ".join(dict.fromkeys(terms))


# Staff's own words for the office's things → the words the office's documents use, read on
# questions about an archive (folded keys, as typed with or without diacritics). A question
# names "quầy tiếp nhận hồ sơ" where a decision's title says "Bộ phận Một cửa"; every later
# step (areas, instruments, topics) reads the office's words.
_OFFICE: dict[str, str] = {
    # spending rules and the department's finance
    "quy dinh noi bo ve khoan chi": "quy chế chi tiêu nội bộ",
    "quy dinh noi bo ve cac khoan chi": "quy chế chi tiêu nội bộ",
    "quy dinh noi bo ve chi tieu": "quy chế chi tiêu nội bộ",
    "quy dinh chi tieu noi bo": "quy chế chi tiêu nội bộ",
    "cac khoan chi, muc chi": "quy chế chi tiêu nội bộ",
    "khoan chi, muc chi": "quy chế chi tiêu nội bộ",
    "cac khoan chi trong co quan": "quy chế chi tiêu nội bộ",
    "muc chi trong co quan": "quy chế chi tiêu nội bộ",
    "chi tieu trong co quan": "quy chế chi tiêu nội bộ",
    "tu chu ve tien": "tự chủ tài chính",
    # the one-stop desk and online procedures
    "quay tiep nhan ho so": "bộ phận một cửa",
    "quay tiep nhan": "bộ phận một cửa",
    "quay mot cua": "bộ phận một cửa",
    "cho nop ho so": "bộ phận một cửa",
    "noi nop ho so": "bộ phận một cửa",
    "bo phan tiep dan": "bộ phận một cửa",
    "nop ho so qua mang": "dịch vụ công trực tuyến",
    "nop ho so online": "dịch vụ công trực tuyến",
    "nop qua mang": "dịch vụ công trực tuyến",
    "lam thu tuc qua mang": "dịch vụ công trực tuyến",
    "lam thu tuc online": "dịch vụ công trực tuyến",
    "dich vu cong online": "dịch vụ công trực tuyến",
    "giam giay to cho dan": "đơn giản hóa thủ tục hành chính",
    "giam giay to": "đơn giản hóa thủ tục hành chính",
    "bot giay to": "đơn giản hóa thủ tục hành chính",
    "cat giam giay to": "đơn giản hóa thủ tục hành chính",
    "tra ket qua qua buu dien": "dịch vụ bưu chính công ích",
    "nhan ho so qua buu dien": "dịch vụ bưu chính công ích",
    "scan ho so": "số hóa hồ sơ",
    "quet ho so": "số hóa hồ sơ",
    # working rules
    "lich hop dinh ky": "giao ban",
    "lich giao ban": "giao ban",
    "hop giao ban": "giao ban",
    "noi quy lam viec": "quy chế làm việc",
    "noi quy co quan": "quy chế làm việc",
    "quy dinh lam viec": "quy chế làm việc",
    "quy tac lam viec": "quy chế làm việc",
    # digital government
    "ky dien tu": "chữ ký số",
    "chu ky dien tu": "chữ ký số",
    "phan mem van ban": "hệ thống quản lý văn bản và điều hành",
    "phan mem quan ly van ban": "hệ thống quản lý văn bản và điều hành",
    "van phong dien tu": "hệ thống quản lý văn bản và điều hành",
    "phan mem dieu hanh": "hệ thống quản lý văn bản và điều hành",
    "dua cong viec len moi truong so": "chuyển đổi số",
    "so hoa hoat dong": "chuyển đổi số",
    # organisation and staff
    "sap xep lai cac phong": "sắp xếp tổ chức bộ máy",
    "to chuc lai cac phong": "sắp xếp tổ chức bộ máy",
    "gop phong": "sắp xếp tổ chức bộ máy",
    "gop cac phong": "sắp xếp tổ chức bộ máy",
    "nhap lam mot": "hợp nhất",
    "gop lam mot": "hợp nhất",
    "hai so nhap lai": "hai sở hợp nhất",
    "nhap tinh": "sáp nhập tỉnh",
    "bo cap huyen": "kết thúc hoạt động của chính quyền địa phương cấp huyện",
    "xoa cap huyen": "kết thúc hoạt động của chính quyền địa phương cấp huyện",
    "khong con cap huyen": "kết thúc hoạt động của chính quyền địa phương cấp huyện",
    "cho lam viec cua tung nguoi": "vị trí việc làm",
    "xep cong chuc vao dung cho": "vị trí việc làm",
    "bien che duoc giao": "giao biên chế",
    # the reform's own work
    "tu cham diem": "tự đánh giá",
    "tu cham": "tự đánh giá",
    "do su hai long": "khảo sát sự hài lòng",
    "do muc do hai long": "khảo sát sự hài lòng",
    "lay y kien nguoi dan": "khảo sát sự hài lòng",
    "khao sat nguoi dan": "khảo sát sự hài lòng",
    "thay nguoi trong ban chi dao": "kiện toàn ban chỉ đạo",
    "doi thanh vien ban chi dao": "kiện toàn ban chỉ đạo",
    "pho bien cho nguoi dan": "tuyên truyền",
    "truyen thong ve cai cach": "tuyên truyền cải cách",
    "di kiem tra cac don vi": "kiểm tra",
    # staff's initialisms for what the documents write in full ("QCCTNB năm nay", "văn bản
    # về DVCTT"); not those the documents write too (VBQPPL, CNTT, PVHCC, GPLX, CCVC: their
    # own letters match), nor the reform's, the procedures', the types' or the bodies' (CCHC,
    # TTHC, QĐ, Sở LĐTBXH), read where they are used
    "qcctnb": "quy chế chi tiêu nội bộ",
    "qclv": "quy chế làm việc",
    "dvctt": "dịch vụ công trực tuyến",
    "bpmc": "bộ phận một cửa",
    "cds": "chuyển đổi số",
    "cqdt": "chính quyền điện tử",
    "cqs": "chính quyền số",
    "vtvl": "vị trí việc làm",
    "pakn": "phản ánh kiến nghị",
    "kstthc": "kiểm soát thủ tục hành chính",
    "hscv": "hồ sơ công việc",
    "qlvb": "quản lý văn bản",
}
_OFFICE_RE = re.compile(
    # (not a symbol's part: "…/QĐ-BCĐ")
    r"(?<![\w/-])("
    + "|".join(re.escape(t) for t in sorted(_OFFICE, key=len, reverse=True))
    + r")(?![\w/-])"
)


def office_words(question: str) -> str:
    """``question`` with staff's own words for the office's things written as the office's
    documents write them (``_OFFICE``): "Quy chế cho quầy tiếp nhận hồ sơ của huyện" →
    "Quy chế cho bộ phận một cửa của huyện". Typed without diacritics, the office's words are
    written without them too."""
    folded = fold_text(question)
    if len(folded) != len(question):
        return question
    accented = folded != question.lower()
    out = question
    for m in reversed(list(_OFFICE_RE.finditer(folded))):
        said = _OFFICE[m.group(1)]
        out = out[: m.start()] + (said if accented else fold_text(said)) + out[m.end() :]
    return out
