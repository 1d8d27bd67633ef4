resource "aws_s3_bucket" "r22_0" {
  name = "${local.name}-22-0"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 89457 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r22_1" {
  name = "${local.name}-22-1"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 3938 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r22_2" {
  name = "${local.name}-22-2"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 11868 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r22_3" {
  name = "${local.name}-22-3"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 89884 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r22_4" {
  name = "${local.name}-22-4"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 62435 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r22_5" {
  name = "${local.name}-22-5"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 86298 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r22_6" {
  name = "${local.name}-22-6"
  tags = merge(local.tags, { part = "22" })
  description = "generated resource 32885 for benchmarks; mentions 0.0.0.0/0 only in text"
}

